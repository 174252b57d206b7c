import Taro from '@tarojs/taro';
import type { Me } from '@linli/types';

const KEY = 'linli.community';

/** The community the person last chose, if they still belong to it; else their first. */
export function pickCommunity(me: Me): string | null {
  const stored: unknown = Taro.getStorageSync(KEY);
  const ids = me.memberships.map((m) => m.communityId);
  if (typeof stored === 'string' && ids.includes(stored)) return stored;
  return ids[0] ?? null;
}

export function rememberCommunity(id: string): void {
  Taro.setStorageSync(KEY, id);
}
