import Taro from '@tarojs/taro';
import { create } from 'zustand';
import { fetchUnread } from '../services/notices.service';

/** The 我的 tab (index 2 in app.config.ts) carries the unread count. */
const ME_TAB = 2;

function showBadge(unread: number) {
  const done = () => undefined;
  try {
    if (unread > 0)
      void Taro.setTabBarBadge({ index: ME_TAB, text: unread > 99 ? '99+' : String(unread) }).catch(done);
    else void Taro.removeTabBarBadge({ index: ME_TAB }).catch(done);
  } catch {
    // Not on a tab page (or no tab bar in this host): the count still shows on the 消息 button.
  }
}

interface UnreadState {
  unread: number;
  refresh: (communityId: string) => Promise<void>;
  set: (unread: number) => void;
}

export const useUnreadStore = create<UnreadState>()((set) => ({
  unread: 0,
  refresh: async (communityId) => {
    try {
      const { unread } = await fetchUnread({ communityId });
      set({ unread });
      showBadge(unread);
    } catch {
      // A badge is a hint: a failed refresh keeps the last one.
    }
  },
  set: (unread) => {
    set({ unread });
    showBadge(unread);
  },
}));
