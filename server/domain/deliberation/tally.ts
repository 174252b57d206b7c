/**
 * Closing a topic: the only place ballots are counted per option. Under the topic's row lock (FOR UPDATE, first in
 * the lock order, so votes in flight finish first and none follows) the counts are read, the result is written once
 * with a guarded UPDATE (`status = 'open'`), and a closed topic answers its stored result — closing twice, or two
 * closes at once, give the same published numbers.
 */
import { and, eq, lte, sql } from 'drizzle-orm';
import type { TopicResult } from '@linli/types';
import type { Executor } from '../../db/client';
import { bare, query } from '../../db/query';
import { ballots, topicOptions, topics } from '../../db/schema';
import { fail } from '../shared/app-error';
import { countEligible } from './scope';

/** The result rule: quorum on turnout, then the leading option's share of the ballots cast; a tie passes nothing. */
export function decide(
  counts: { optionId: string; label: string; votes: number }[],
  eligible: number,
  rule: { quorumPct: number; passPct: number },
): Pick<TopicResult, 'ballots' | 'quorumMet' | 'leadingOptionId' | 'passed'> {
  const total = counts.reduce((s, c) => s + c.votes, 0);
  const quorumMet = total > 0 && total * 100 >= rule.quorumPct * eligible;
  const top = Math.max(0, ...counts.map((c) => c.votes));
  const leaders = counts.filter((c) => c.votes === top && top > 0);
  const leadingOptionId = leaders.length === 1 ? leaders[0].optionId : null;
  const passed = quorumMet && leadingOptionId !== null && top * 100 >= rule.passPct * total;
  return { ballots: total, quorumMet, leadingOptionId, passed };
}

/** Closes the topic (by `closedBy`, or null for the timer); returns its stored result and whether this call closed it. */
export async function closeTopic(
  db: Executor,
  communityId: string,
  topicId: string,
  now: Date,
  closedBy: string | null,
): Promise<{ result: TopicResult; closedNow: boolean }> {
  const [t] = await db
    .select({ kind: topics.kind, status: topics.status, result: topics.result, quorumPct: topics.quorumPct, passPct: topics.passPct })
    .from(topics)
    .where(and(eq(topics.communityId, communityId), eq(topics.id, topicId)))
    .for('update');
  if (!t) fail('DELIBERATION.NOT_FOUND');
  if (t.status === 'closed') return { result: t.result as TopicResult, closedNow: false };

  const rows = await query<{ id: string; label: string; votes: number; paper: number }>(
    db,
    sql`select ${topicOptions.id}, ${topicOptions.label},
        count(${ballots.id})::int as votes,
        count(${ballots.id}) filter (where ${ballots.channel} = 'paper')::int as paper
      from ${topicOptions} left join ${ballots}
        on ${ballots.communityId} = ${topicOptions.communityId} and ${ballots.topicId} = ${topicOptions.topicId}
        and ${ballots.optionId} = ${topicOptions.id}
      where ${topicOptions.communityId} = ${communityId} and ${topicOptions.topicId} = ${topicId}
      group by ${topicOptions.id}, ${topicOptions.label}, ${topicOptions.position}
      order by ${topicOptions.position}`,
  );
  const counts = rows.map((r) => ({ optionId: r.id, label: r.label, votes: r.votes }));
  const eligible = await countEligible(db, communityId, topicId, t.kind);
  const result: TopicResult = {
    counts,
    paperBallots: rows.reduce((s, r) => s + r.paper, 0),
    eligible,
    quorumPct: t.quorumPct,
    passPct: t.passPct,
    closedAt: now.toISOString(),
    ...decide(counts, eligible, t),
  };
  const done = await query<{ id: string }>(
    db,
    sql`update ${topics} set ${bare(topics.status)} = 'closed', ${bare(topics.closedAt)} = ${now.toISOString()}::timestamptz,
        ${bare(topics.closedBy)} = ${closedBy}, ${bare(topics.result)} = ${JSON.stringify(result)}::jsonb
      where ${topics.communityId} = ${communityId} and ${topics.id} = ${topicId} and ${topics.status} = 'open'
      returning ${topics.id}`,
  );
  if (done.length !== 1) throw new Error('topic close guard failed under lock');
  return { result, closedNow: true };
}

/** Closes every topic whose window has passed (the timer, and reads that find one): each in its own transaction. */
export async function closeDueTopics(db: Executor, now: Date, communityId?: string): Promise<number> {
  const due = await db
    .select({ communityId: topics.communityId, id: topics.id })
    .from(topics)
    .where(
      and(
        eq(topics.status, 'open'),
        lte(topics.closesAt, now),
        communityId ? eq(topics.communityId, communityId) : undefined,
      ),
    )
    .limit(200);
  for (const t of due) await db.transaction((tx) => closeTopic(tx, t.communityId, t.id, now, null));
  return due.length;
}
