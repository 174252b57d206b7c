import type { ActionInput } from '@linli/types';
import { call, type CallOptions } from '@/lib/cloud';

export type RoleChange = ActionInput<'admin', 'grantRole'>;
export type RulesInput = ActionInput<'admin', 'setRules'>;
export type EstateInput = ActionInput<'admin', 'saveEstate'>;
export type NewCommunity = ActionInput<'operator', 'createCommunity'>;

export const fetchMembers = (communityId: string, search: string) => call('admin', 'members', { communityId, search });
export const grantRole = (input: RoleChange, o: CallOptions) => call('admin', 'grantRole', input, o);
export const revokeRole = (input: RoleChange, o: CallOptions) => call('admin', 'revokeRole', input, o);
export const fetchInvites = (communityId: string) => call('admin', 'invites', { communityId });
export const createInvite = (input: ActionInput<'admin', 'createInvite'>, o: CallOptions) =>
  call('admin', 'createInvite', input, o);
export const revokeInvite = (input: ActionInput<'admin', 'revokeInvite'>, o: CallOptions) =>
  call('admin', 'revokeInvite', input, o);
export const fetchRules = (communityId: string) => call('admin', 'rules', { communityId });
export const setRules = (input: RulesInput, o: CallOptions) => call('admin', 'setRules', input, o);
export const fetchEstates = (communityId: string) => call('community', 'estates', { communityId });
export const saveEstate = (input: EstateInput, o: CallOptions) => call('admin', 'saveEstate', input, o);
export const fetchAudit = (communityId: string) => call('audit', 'list', { communityId });

export const fetchCommunities = () => call('operator', 'communities', {});
export const createCommunity = (input: NewCommunity, o: CallOptions) => call('operator', 'createCommunity', input, o);
export const inviteAdmin = (communityId: string, o: CallOptions) => call('operator', 'inviteAdmin', { communityId }, o);
