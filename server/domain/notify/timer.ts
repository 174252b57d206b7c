/**
 * The timer's work, the same in the cloud (a timer-triggered function) and locally (an interval in
 * `npm start`): flag overdue appeals, send the notices that are due, close the 议题 whose voting window has passed, then run and record each community's ledger
 * invariant check so the public board always shows a recent result.
 */
import type { Db } from '../../db/client';
import { communities } from '../../db/schema';
import { recordInvariants } from '../ledger/invariants';
import { flagOverdue } from '../appeals/overdue';
import { transcribePending } from '../appeals/transcribe-later';
import { processOutbox, type Sender } from './outbox';
import { sweepLooseFiles } from '../files/files.service';
import { closeDueTopics } from '../deliberation/tally';

export interface TimerResult {
  /** Appeals newly flagged overdue (each once per deadline). */
  overdueAppeals: number;
  notices: { picked: number; sent: number; failed: number };
  invariants: { communityId: string; ok: boolean }[];
  /** Loose uploads (never attached to a record) deleted this run. */
  looseFilesRemoved: number;
  /** Voice notes of appeals whose text the speech service filled in this run. */
  transcribed: number;
  /** 议题 / 评选 whose window had passed, closed and published this run. */
  topicsClosed: number;
}

/** At most this many batches of 50 per run, so one run stays short; the rest waits for the next. */
const MAX_BATCHES = 20;

export async function runTimer(db: Db, sender: Sender, now = new Date()): Promise<TimerResult> {
  // Overdue flags first, so their notices leave in this same run.
  let overdueAppeals = 0;
  for (let i = 0; i < MAX_BATCHES; i++) {
    const n = await flagOverdue(db, now);
    overdueAppeals += n;
    if (n < 200) break;
  }
  const notices = { picked: 0, sent: 0, failed: 0 };
  for (let i = 0; i < MAX_BATCHES; i++) {
    const r = await processOutbox(db, sender, now);
    notices.picked += r.picked;
    notices.sent += r.sent;
    notices.failed += r.failed;
    if (r.picked < 50) break;
  }
  const invariants: TimerResult['invariants'] = [];
  for (const { id } of await db.select({ id: communities.id }).from(communities).orderBy(communities.id)) {
    const report = await db.transaction((tx) => recordInvariants(tx, id, now));
    invariants.push({ communityId: id, ok: report.ok });
  }
  const looseFilesRemoved = await sweepLooseFiles(db, now);
  const transcribed = await transcribePending(db, now);
  const topicsClosed = await closeDueTopics(db, now);
  return { overdueAppeals, notices, invariants, looseFilesRemoved, transcribed, topicsClosed };
}
