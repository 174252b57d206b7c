/**
 * Identity and the current community: the one feature others may import.
 * ensure() is what every page awaits before loading its data; it routes to dev login or join as needed.
 */
import Taro from '@tarojs/taro';
import { create } from 'zustand';
import type { Me, Membership } from '@linli/types';
import { CloudError, isAuthError, messageOf } from '@/lib/cloud-error';
import { isCloudMode } from '@/lib/runtime-mode';
import { ROUTES } from '@/lib/routes';
import { clearToken, getToken, hasPcToken, isPcDevice, setToken } from '@/lib/token';
import { devHttp } from '@/lib/cloud';
import { devLogin, fetchMe } from '../services/session.service';
import { pickCommunity, rememberCommunity } from './community-choice';

export type SessionStatus = 'idle' | 'loading' | 'ready' | 'needs-login' | 'needs-join' | 'error';

export interface ReadySession {
  me: Me;
  communityId: string;
  membership: Membership;
}

interface SessionState {
  status: SessionStatus;
  me: Me | null;
  communityId: string | null;
  error: string | null;
  /** Resolves to the session when the person may use community pages, null when routed elsewhere. */
  ensure: (opts?: { force?: boolean }) => Promise<ReadySession | null>;
  loginAs: (openid: string) => Promise<void>;
  selectCommunity: (id: string) => void;
  /** After the person changed their profile or joined a community. */
  setMe: (me: Me) => void;
  logout: () => void;
  reset: () => void;
}

const initial = { status: 'idle' as SessionStatus, me: null, communityId: null, error: null };
let inflight: Promise<ReadySession | null> | null = null;

/** Where signing in happens: a PC that used 电脑登录 goes back to its QR; otherwise the dev login. */
export const loginRoute = () => (isPcDevice() ? ROUTES.deskLogin : ROUTES.devLogin);

function current(me: Me | null, communityId: string | null): ReadySession | null {
  const membership = me?.memberships.find((m) => m.communityId === communityId);
  return me && communityId && membership ? { me, communityId, membership } : null;
}

export const useSessionStore = create<SessionState>()((set, get) => {
  async function load(): Promise<ReadySession | null> {
    if (!isCloudMode() && !getToken()) {
      set({ ...initial, status: 'needs-login' });
      void Taro.reLaunch({ url: loginRoute() });
      return null;
    }
    set({ status: 'loading', error: null });
    try {
      const me = await fetchMe();
      const communityId = pickCommunity(me);
      if (!communityId) {
        set({ status: 'needs-join', me, communityId: null });
        void Taro.reLaunch({ url: ROUTES.join });
        return null;
      }
      set({ status: 'ready', me, communityId });
      return current(me, communityId);
    } catch (e) {
      // An auth failure is routed to login by the handler installed in app.ts.
      set({ status: isAuthError(e) ? 'needs-login' : 'error', error: messageOf(e) });
      return null;
    }
  }

  return {
    ...initial,
    ensure: (opts) => {
      const { status, me, communityId } = get();
      if (status === 'ready' && !opts?.force) return Promise.resolve(current(me, communityId));
      if (!inflight) inflight = load().finally(() => (inflight = null));
      return inflight;
    },
    loginAs: async (openid) => {
      const token = await devLogin(openid.trim());
      setToken(token);
      set({ ...initial });
      const session = await get().ensure({ force: true });
      if (session) void Taro.switchTab({ url: ROUTES.home });
      else if (get().status === 'error') throw new CloudError('SESSION.FAILED', get().error ?? '');
    },
    selectCommunity: (id) => {
      rememberCommunity(id);
      set({ communityId: id });
    },
    setMe: (me) => set({ me }),
    logout: () => {
      // A PC signed in by 电脑登录 ends its session on the server too (sent before the token is forgotten).
      if (hasPcToken()) void devHttp('POST', '/pc/logout', {}).catch(() => undefined);
      clearToken();
      set({ ...initial });
      void Taro.reLaunch({ url: loginRoute() });
    },
    reset: () => {
      inflight = null;
      set({ ...initial });
    },
  };
});
