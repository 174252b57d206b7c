/**
 * Cloud function `timer`, fired by its timer trigger (cloudfunctions/timer/config.json, every
 * minute): sends due subscription messages and SMS and records the invariant checks. It answers no caller,
 * so it has no actions and reads no OPENID; a call from the app is refused.
 */
import { defaultDeps, type CloudDeps } from '../cloud-entry';
import type { SubscribeMessageApi } from '../../domain/notify/senders';
import { productionSender } from '../../domain/notify/production';
import { runTimer, type TimerResult } from '../../domain/notify/timer';
import { setFileStore } from '../../domain/files/storage';

type TimerEvent = { Type?: string; TriggerName?: string; Time?: string } | undefined;

export function makeTimerMain(deps: CloudDeps = defaultDeps) {
  if (deps.fileStore) setFileStore(deps.fileStore()); // the sweep of loose uploads
  return async function main(event: TimerEvent): Promise<TimerResult | { ok: false; error: string }> {
    if (event?.Type !== 'Timer') return { ok: false, error: 'timer: only its timer trigger may call it' };
    const sdk = deps.sdk() as unknown as { openapi: { subscribeMessage: SubscribeMessageApi } };
    const { db } = await deps.database();
    const result = await runTimer(db, productionSender(sdk.openapi.subscribeMessage));
    console.log(JSON.stringify({ trigger: event.TriggerName, ...result }));
    return result;
  };
}

export const main = makeTimerMain();
