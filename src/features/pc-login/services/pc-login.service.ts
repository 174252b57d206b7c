import { CloudError } from '@/lib/cloud-error';
import { call, devHttp, type CallOptions } from '@/lib/cloud';
import type { PcChallenge, PcPoll, Reply } from '@linli/types';

async function pcHttp<T>(path: '/pc/challenge' | '/pc/poll', body: unknown): Promise<T> {
  const reply = await devHttp<Reply<T>>('POST', path, body);
  if (!reply.ok) throw new CloudError(reply.error.code, reply.error.message);
  return reply.data;
}

/** On the PC (H5): a fresh one-time challenge to show as a QR. */
export const newChallenge = () => pcHttp<PcChallenge>('/pc/challenge', {});
/** On the PC: waiting, or (once) the session token after the phone confirmed. */
export const pollChallenge = (challengeId: string, challenge: string) =>
  pcHttp<PcPoll>('/pc/poll', { challengeId, challenge });

/** On the phone. */
export const confirmPcLogin = (challenge: string, o: CallOptions) => call('user', 'confirmPcLogin', { challenge }, o);
export const fetchPcSessions = () => call('user', 'pcSessions', {});
export const endPcSession = (id: string, o: CallOptions) => call('user', 'endPcSession', { id }, o);
