/**
 * 电脑登录 on the PC (H5): ask for a challenge, show its QR, poll every 2 s until the phone confirms,
 * then keep the session token and enter the app as that person. A QR that expired is replaced on a tap.
 */
import Taro from '@tarojs/taro';
import { create } from 'zustand';
import type { PcChallenge } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import { ROUTES } from '@/lib/routes';
import { setPcToken } from '@/lib/token';
import { useSessionStore } from '@/features/session';
import * as api from '../services/pc-login.service';

export const POLL_MS = 2000;

type Phase = 'idle' | 'loading' | 'waiting' | 'expired' | 'entering' | 'error';

interface State {
  phase: Phase;
  challenge: PcChallenge | null;
  error: string | null;
  /** Ask for a new QR and start polling. */
  start: () => Promise<void>;
  /** Stop polling (the page is left). */
  stop: () => void;
}

let timer: ReturnType<typeof setTimeout> | null = null;
/** Bumped on every start/stop so a poll answering late for an old QR is dropped. */
let round = 0;

export const useDeskLoginStore = create<State>()((set, get) => {
  async function poll(r: number) {
    const c = get().challenge;
    if (r !== round || !c) return;
    try {
      const res = await api.pollChallenge(c.challengeId, c.challenge);
      if (r !== round) return;
      if (res.status === 'waiting') {
        timer = setTimeout(() => void poll(r), POLL_MS);
        return;
      }
      set({ phase: 'entering' });
      setPcToken(res.token);
      useSessionStore.getState().reset();
      const session = await useSessionStore.getState().ensure({ force: true });
      if (session) void Taro.switchTab({ url: ROUTES.home });
    } catch (e) {
      if (r !== round) return;
      const code = (e as { code?: string }).code;
      if (code === 'PC.CHALLENGE_EXPIRED') set({ phase: 'expired', challenge: null });
      else set({ phase: 'error', error: messageOf(e) });
    }
  }

  return {
    phase: 'idle',
    challenge: null,
    error: null,
    start: async () => {
      const r = ++round;
      if (timer) clearTimeout(timer);
      set({ phase: 'loading', error: null, challenge: null });
      try {
        const challenge = await api.newChallenge();
        if (r !== round) return;
        set({ phase: 'waiting', challenge });
        timer = setTimeout(() => void poll(r), POLL_MS);
      } catch (e) {
        if (r === round) set({ phase: 'error', error: messageOf(e) });
      }
    },
    stop: () => {
      round++;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
});
