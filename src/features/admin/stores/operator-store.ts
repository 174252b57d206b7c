/** The platform operator's page: communities with live counts, a new community, its first admin's invite. */
import { create } from 'zustand';
import type { CreatedInvite, OperatorCommunity } from '@linli/types';
import { storeTasks } from '@/lib/store-task';
import * as api from '../services/admin.service';

interface State {
  communities: OperatorCommunity[];
  created: CreatedInvite | null;
  loaded: boolean;
  loading: boolean;
  error: string | null;
  busy: string | null;
  actionError: string | null;
  done: string | null;
  load: () => Promise<void>;
  create: (input: api.NewCommunity) => Promise<boolean>;
  inviteAdmin: (communityId: string) => Promise<void>;
  reset: () => void;
}

const initial = {
  communities: [],
  created: null,
  loaded: false,
  loading: false,
  error: null,
  busy: null,
  actionError: null,
  done: null,
};

export const useOperatorStore = create<State>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial,
    load: async () => {
      await tasks.fetch(api.fetchCommunities, (communities) => ({ communities, loaded: true }));
    },
    create: async (input) => {
      const r = await tasks.act({
        busy: 'busy',
        id: 'new',
        error: 'actionError',
        start: { done: null },
        intent: 'createCommunity',
        input,
        send: (o) => api.createCommunity(input, o),
        done: (c) => ({ communities: [...get().communities, c], done: `已创建${c.name}` }),
      });
      return !!r;
    },
    inviteAdmin: async (communityId) => {
      await tasks.act({
        busy: 'busy',
        id: communityId,
        error: 'actionError',
        start: { done: null, created: null },
        intent: 'inviteAdmin',
        input: { communityId, at: Date.now() },
        send: (o) => api.inviteAdmin(communityId, o),
        done: (created) => ({ created, done: `${created.communityName} 管理员邀请码已生成` }),
      });
    },
    reset: tasks.reset(initial),
  };
});
