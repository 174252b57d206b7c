import type { ActionInput } from '@linli/types';
import { call, type CallOptions } from '@/lib/cloud';

export const redeemInvite = (input: ActionInput<'user', 'redeemInvite'>, o: CallOptions) =>
  call('user', 'redeemInvite', input, o);
export const fetchMyData = () => call('user', 'myData', {});
export const deleteMe = (o: CallOptions) => call('user', 'deleteMe', { confirm: '删除我的数据' }, o);
