/** 电脑登录 on the phone: confirm a scanned QR, list my signed-in PCs and sign one out. */
import { create } from 'zustand';
import { PC_QR_PREFIX, type PcLoginConfirmed, type PcSessionView } from '@linli/types';
import { storeTasks } from '@/lib/store-task';
import * as api from '../services/pc-login.service';

interface State {
  sessions: PcSessionView[];
  loaded: boolean;
  loading: boolean;
  error: string | null;
  busy: boolean;
  ending: string | null;
  actionError: string | null;
  confirmed: PcLoginConfirmed | null;
  load: () => Promise<void>;
  confirm: (challenge: string) => Promise<PcLoginConfirmed | undefined>;
  end: (id: string) => Promise<void>;
  reset: () => void;
}

const initial = {
  sessions: [],
  loaded: false,
  loading: false,
  error: null,
  busy: false,
  ending: null,
  actionError: null,
  confirmed: null,
};

/** What the PC's QR holds, or a pasted challenge: the 43-character challenge, or '' when it is not one. */
export function parsePcChallenge(text: string): string {
  const t = text.trim();
  const c = t.startsWith(PC_QR_PREFIX) ? t.slice(PC_QR_PREFIX.length) : t;
  return /^[A-Za-z0-9_-]{43}$/.test(c) ? c : '';
}

export const usePcSessionsStore = create<State>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial,
    load: async () => {
      await tasks.fetch(api.fetchPcSessions, (sessions) => ({ sessions, loaded: true }));
    },
    confirm: (challenge) =>
      tasks.act({
        busy: 'busy',
        error: 'actionError',
        intent: 'confirmPcLogin',
        input: challenge,
        send: (o) => api.confirmPcLogin(challenge, o),
        done: (confirmed) => ({ confirmed }),
        after: () => get().load(),
      }),
    end: async (id) => {
      await tasks.act({
        busy: 'ending',
        id,
        error: 'actionError',
        intent: 'endPcSession',
        input: id,
        send: (o) => api.endPcSession(id, o),
        done: (sessions) => ({ sessions }),
      });
    },
    reset: tasks.reset(initial),
  };
});
