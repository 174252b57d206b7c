/**
 * Casting ballots. Lock order, the same on every path: the topic row (FOR SHARE to vote, FOR UPDATE to close —
 * so a close waits for votes in flight and no vote lands after it), then the one ballot row. The unique indexes
 * ballots_household_uq / ballots_voter_uq are the rule "one per household (or resident), online or paper": the
 * INSERT … ON CONFLICT DO NOTHING waits for a racing insert of the same household and then finds its row.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { BallotChannel, TopicKind } from '@linli/types';
import type { Executor } from '../../db/client';
import { bare, query } from '../../db/query';
import { ballots, topicOptions, topics } from '../../db/schema';
import { fail } from '../shared/app-error';

export interface LockedTopic {
  id: string;
  kind: TopicKind;
  status: 'open' | 'closed';
  opensAt: Date;
  closesAt: Date;
}

/** Locks the topic for a vote and checks the window is open now. */
export async function lockOpenTopic(db: Executor, communityId: string, topicId: string, now: Date): Promise<LockedTopic> {
  const [t] = await db
    .select({ id: topics.id, kind: topics.kind, status: topics.status, opensAt: topics.opensAt, closesAt: topics.closesAt })
    .from(topics)
    .where(and(eq(topics.communityId, communityId), eq(topics.id, topicId)))
    .for('share');
  if (!t) fail('DELIBERATION.NOT_FOUND');
  if (t.status !== 'open' || t.opensAt > now || t.closesAt <= now) fail('DELIBERATION.NOT_OPEN');
  return t;
}

export async function checkOption(db: Executor, communityId: string, topicId: string, optionId: string): Promise<void> {
  const [o] = await db
    .select({ id: topicOptions.id })
    .from(topicOptions)
    .where(and(eq(topicOptions.communityId, communityId), eq(topicOptions.topicId, topicId), eq(topicOptions.id, optionId)));
  if (!o) fail('DELIBERATION.OPTION_NOT_FOUND');
}

export interface Cast {
  communityId: string;
  topicId: string;
  kind: TopicKind;
  optionId: string;
  /** 议题: the household; 评选: null. */
  householdId: string | null;
  /** Online: the member voting; 评选 paper: the resident; 议题 paper: null. */
  voterId: string | null;
  channel: BallotChannel;
  /** Paper: who entered it. */
  enteredBy: string | null;
  now: Date;
}

/**
 * Casts the ballot, or — when the household (resident) already has one — changes it if it is this same member's
 * online ballot, else refuses with DELIBERATION.HOUSEHOLD_VOTED. Returns whether a new ballot was made.
 */
export async function castBallot(db: Executor, c: Cast): Promise<'cast' | 'changed' | 'same'> {
  const inserted = await db
    .insert(ballots)
    .values({
      communityId: c.communityId,
      topicId: c.topicId,
      kind: c.kind,
      optionId: c.optionId,
      householdId: c.householdId,
      voterId: c.voterId,
      channel: c.channel,
      enteredBy: c.enteredBy,
      castAt: c.now,
    })
    .onConflictDoNothing()
    .returning({ id: ballots.id });
  if (inserted.length === 1) return 'cast';

  const who =
    c.householdId !== null ? eq(ballots.householdId, c.householdId) : and(sql`${ballots.householdId} is null`, eq(ballots.voterId, c.voterId ?? ''));
  const [existing] = await db
    .select({ id: ballots.id, voterId: ballots.voterId, channel: ballots.channel, optionId: ballots.optionId })
    .from(ballots)
    .where(and(eq(ballots.communityId, c.communityId), eq(ballots.topicId, c.topicId), who))
    .for('update');
  if (!existing) throw new Error('ballot conflict without a ballot'); // the unique index says otherwise: a bug
  const sameMember = c.channel === 'online' && existing.channel === 'online' && existing.voterId === c.voterId;
  if (!sameMember) fail('DELIBERATION.HOUSEHOLD_VOTED');
  if (existing.optionId === c.optionId) return 'same';
  // Guarded: only this member's online ballot changes, and only while the topic is open (the caller holds its lock).
  const changed = await query<{ id: string }>(
    db,
    sql`update ${ballots} set ${bare(ballots.optionId)} = ${c.optionId}, ${bare(ballots.changedAt)} = ${c.now.toISOString()}::timestamptz
      where ${ballots.communityId} = ${c.communityId} and ${ballots.topicId} = ${c.topicId} and ${ballots.id} = ${existing.id}
        and ${ballots.channel} = 'online' and ${ballots.voterId} = ${c.voterId}
      returning ${ballots.id}`,
  );
  if (changed.length !== 1) throw new Error('ballot change guard failed under lock');
  return 'changed';
}
