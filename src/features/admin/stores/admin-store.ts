/** The community admin's desk: members and roles, invites, fund rules, estates, the audit log. */
import { create } from 'zustand';
import type {
  AdminMember,
  AuditEntryView,
  CreatedInvite,
  EstateBrief,
  GrantedRole,
  InviteRole,
  InviteView,
  RulesView,
} from '@linli/types';
import type { CallOptions } from '@/lib/cloud';
import { storeTasks } from '@/lib/store-task';
import * as api from '../services/admin.service';

interface State {
  members: AdminMember[];
  invites: InviteView[];
  created: CreatedInvite | null;
  rules: RulesView | null;
  estates: EstateBrief[];
  audit: AuditEntryView[];
  loading: boolean;
  error: string | null;
  /** What is being saved (a member id, `invite`, `rules`, an estate id or `new-estate`). */
  busy: string | null;
  actionError: string | null;
  done: string | null;
  searchMembers: (communityId: string, search: string) => Promise<void>;
  changeRole: (communityId: string, memberId: string, role: GrantedRole, grant: boolean) => Promise<boolean>;
  loadInvites: (communityId: string) => Promise<void>;
  createInvite: (communityId: string, role: InviteRole) => Promise<void>;
  revokeInvite: (communityId: string, inviteId: string) => Promise<void>;
  loadRules: (communityId: string) => Promise<void>;
  saveRules: (input: api.RulesInput) => Promise<boolean>;
  loadEstates: (communityId: string) => Promise<void>;
  saveEstate: (input: api.EstateInput) => Promise<boolean>;
  loadAudit: (communityId: string) => Promise<void>;
  reset: () => void;
}

const initial = {
  members: [],
  invites: [],
  created: null,
  rules: null,
  estates: [],
  audit: [],
  loading: false,
  error: null,
  busy: null,
  actionError: null,
  done: null,
};

export const useAdminStore = create<State>()((set, get) => {
  const tasks = storeTasks(get, set);
  const act = <R>(id: string, intent: string, input: unknown, send: (o: CallOptions) => Promise<R>, done: (r: R) => Partial<State>) =>
    tasks.act<R>({ busy: 'busy', id, error: 'actionError', start: { done: null }, intent, input, send, done });
  return {
    ...initial,
    searchMembers: async (communityId, search) => {
      await tasks.fetch(() => api.fetchMembers(communityId, search), (members) => ({ members }));
    },
    changeRole: async (communityId, memberId, role, grant) => {
      const input = { communityId, memberId, memberRole: role };
      const r = await act(
        memberId,
        grant ? 'grantRole' : 'revokeRole',
        input,
        (o) => (grant ? api.grantRole(input, o) : api.revokeRole(input, o)),
        (m: AdminMember) => ({
          members: get().members.map((x) => (x.userId === m.userId ? m : x)),
          done: grant ? `已为 ${m.name} 开通身份` : `已撤销 ${m.name} 的身份`,
        }),
      );
      return !!r;
    },
    loadInvites: async (communityId) => {
      await tasks.fetch(() => api.fetchInvites(communityId), (invites) => ({ invites }));
    },
    createInvite: async (communityId, role) => {
      // Each tap is a new invite (a new intent): the key only guards a retry of this one tap.
      const input = { communityId, inviteRole: role, at: Date.now() };
      await act(
        'invite',
        'createInvite',
        input,
        (o) => api.createInvite({ communityId, inviteRole: role }, o),
        (created: CreatedInvite) => ({ created, invites: [created, ...get().invites], done: '邀请码已生成' }),
      );
    },
    revokeInvite: async (communityId, inviteId) => {
      const input = { communityId, inviteId };
      await act(inviteId, 'revokeInvite', input, (o) => api.revokeInvite(input, o), (invites: InviteView[]) => ({
        invites,
        created: get().created?.id === inviteId ? null : get().created,
        done: '邀请码已作废',
      }));
    },
    loadRules: async (communityId) => {
      await tasks.fetch(() => api.fetchRules(communityId), (rules) => ({ rules }));
    },
    saveRules: async (input) => {
      const r = await act('rules', 'setRules', input, (o) => api.setRules(input, o), (rules: RulesView) => ({
        rules,
        done: '新规则已生效，之前的申请仍按原规则办理',
      }));
      return !!r;
    },
    loadEstates: async (communityId) => {
      await tasks.fetch(() => api.fetchEstates(communityId), (estates) => ({ estates }));
    },
    saveEstate: async (input) => {
      const r = await act(input.estateId ?? 'new-estate', 'saveEstate', input, (o) => api.saveEstate(input, o), (estates: EstateBrief[]) => ({
        estates,
        done: `已保存：${input.name}`,
      }));
      return !!r;
    },
    loadAudit: async (communityId) => {
      await tasks.fetch(() => api.fetchAudit(communityId), (audit) => ({ audit }));
    },
    reset: tasks.reset(initial),
  };
});
