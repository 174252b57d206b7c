/**
 * What a topic looks like to the caller. While it is open only the turnout is read (a count of ballots, never per
 * option); per-option counts exist only in the result stored at close.
 */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { MyBallotView, TopicDetail, TopicLinkView, TopicPhoto, TopicResult, TopicSummary } from '@linli/types';
import type { Executor } from '../../db/client';
import { ballots, estates, events, expenses, members, topicLinks, topicOptions, topicPlaces, topics, users } from '../../db/schema';
import { attachedViews, fileViews } from '../files/files.service';
import { fail } from '../shared/app-error';
import type { Ctx } from '../shared/context';
import { countEligible, householdInScope, memberInScope } from './scope';

type TopicRow = typeof topics.$inferSelect;

const photo = (v: { id: string; url: string | null }): TopicPhoto => ({ id: v.id, url: v.url });

export function statusOf(t: Pick<TopicRow, 'status' | 'opensAt' | 'closesAt'>, now: Date): TopicSummary['status'] {
  if (t.status === 'closed') return 'closed';
  return t.opensAt > now ? 'upcoming' : 'open';
}

/**
 * How many may vote, for the turnout line only: counted at most once a minute per topic and process (a count over
 * every household of the scope on each vote made 4,000 votes quadratic). The quorum at close counts afresh.
 */
const eligibleCache = new Map<string, { n: number; at: number }>();
async function eligibleForTurnout(db: Executor, t: Pick<TopicRow, 'communityId' | 'id' | 'kind'>, now: Date): Promise<number> {
  const key = `${t.communityId}/${t.id}`;
  const hit = eligibleCache.get(key);
  if (hit && Math.abs(now.getTime() - hit.at) < 60_000) return hit.n;
  const n = await countEligible(db, t.communityId, t.id, t.kind);
  if (eligibleCache.size > 1000) eligibleCache.clear();
  eligibleCache.set(key, { n, at: now.getTime() });
  return n;
}

export async function turnout(db: Executor, t: Pick<TopicRow, 'communityId' | 'id' | 'kind'>, now: Date): Promise<TopicSummary['turnout']> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(ballots)
    .where(and(eq(ballots.communityId, t.communityId), eq(ballots.topicId, t.id)));
  return { ballots: row?.n ?? 0, eligible: await eligibleForTurnout(db, t, now) };
}

/** The caller's household (or own, for 评选) ballot, and whether they may vote and why not. */
async function callerState(ctx: Ctx, t: TopicRow): Promise<{ myBallot: MyBallotView | null; reason: string | null }> {
  const { myBallot, householdId } = await householdBallot(ctx, t);
  const status = statusOf(t, ctx.now);
  let reason: string | null = null;
  if (status === 'upcoming') reason = '投票还没有开始';
  else if (status === 'closed' || t.closesAt <= ctx.now) reason = '投票已经结束';
  else if (t.kind === 'deliberation' && !householdId) reason = '请先在“我的”里填写门牌号，按户投票需要知道您家是哪一户';
  else if (
    t.kind === 'deliberation'
      ? !(await householdInScope(ctx.db, t.communityId, t.id, householdId ?? ''))
      : !(await memberInScope(ctx.db, t.communityId, t.id, ctx.actor.userId))
  )
    reason = '这个议题只请指定小区或楼栋的住户参与';
  else if (myBallot && !myBallot.mine) reason = '您家已经投过票了（每户一票）';
  return { myBallot, reason };
}

/** The ballot of the caller's household (评选: the caller's own), as they see it. */
export async function householdBallot(
  ctx: Ctx,
  t: Pick<TopicRow, 'communityId' | 'id' | 'kind'>,
): Promise<{ myBallot: MyBallotView | null; householdId: string | null }> {
  const [me] = await ctx.db
    .select({ householdId: members.householdId })
    .from(members)
    .where(and(eq(members.communityId, t.communityId), eq(members.userId, ctx.actor.userId)));
  const householdId = me?.householdId ?? null;
  const who =
    t.kind === 'deliberation'
      ? householdId
        ? eq(ballots.householdId, householdId)
        : null
      : and(sql`${ballots.householdId} is null`, eq(ballots.voterId, ctx.actor.userId));
  let myBallot: MyBallotView | null = null;
  if (who) {
    const [b] = await ctx.db
      .select({
        optionId: ballots.optionId,
        label: topicOptions.label,
        channel: ballots.channel,
        voterId: ballots.voterId,
        enteredBy: ballots.enteredBy,
        castAt: ballots.castAt,
        changedAt: ballots.changedAt,
      })
      .from(ballots)
      .innerJoin(
        topicOptions,
        and(eq(topicOptions.communityId, ballots.communityId), eq(topicOptions.topicId, ballots.topicId), eq(topicOptions.id, ballots.optionId)),
      )
      .where(and(eq(ballots.communityId, t.communityId), eq(ballots.topicId, t.id), who));
    if (b) {
      const nameOf = async (userId: string | null) => {
        if (!userId) return '';
        const [u] = await ctx.db.select({ name: users.name, nickname: users.nickname }).from(users).where(eq(users.id, userId));
        return u?.name ?? u?.nickname ?? '';
      };
      const byName = b.channel === 'paper' ? `纸质票（${await nameOf(b.enteredBy)} 录入）` : await nameOf(b.voterId);
      myBallot = {
        optionId: b.optionId,
        optionLabel: b.label,
        channel: b.channel,
        byName,
        mine: b.channel === 'online' && b.voterId === ctx.actor.userId,
        castAt: (b.changedAt ?? b.castAt).toISOString(),
      };
    }
  }
  return { myBallot, householdId };
}

export async function loadTopic(db: Executor, communityId: string, topicId: string): Promise<TopicRow> {
  const [t] = await db.select().from(topics).where(and(eq(topics.communityId, communityId), eq(topics.id, topicId)));
  if (!t) fail('DELIBERATION.NOT_FOUND');
  return t;
}

async function links(db: Executor, t: TopicRow): Promise<TopicLinkView[]> {
  const rows = await db
    .select({ kind: topicLinks.kind, id: topicLinks.targetId })
    .from(topicLinks)
    .where(and(eq(topicLinks.communityId, t.communityId), eq(topicLinks.topicId, t.id)))
    .orderBy(asc(topicLinks.createdAt));
  const expenseIds = rows.filter((r) => r.kind === 'expense').map((r) => r.id);
  const eventIds = rows.filter((r) => r.kind === 'event').map((r) => r.id);
  const ex = expenseIds.length
    ? await db
        .select({ id: expenses.id, purpose: expenses.purpose, amountFen: expenses.amountFen, status: expenses.status })
        .from(expenses)
        .where(and(eq(expenses.communityId, t.communityId), inArray(expenses.id, expenseIds)))
    : [];
  const ev = eventIds.length
    ? await db
        .select({ id: events.id, title: events.title, startsAt: events.startsAt, status: events.status })
        .from(events)
        .where(and(eq(events.communityId, t.communityId), inArray(events.id, eventIds)))
    : [];
  return rows.flatMap((r): TopicLinkView[] => {
    if (r.kind === 'expense') {
      const e = ex.find((x) => x.id === r.id);
      return e ? [{ kind: 'expense', id: e.id, title: e.purpose, amountFen: e.amountFen, status: e.status, startsAt: null }] : [];
    }
    const e = ev.find((x) => x.id === r.id);
    return e ? [{ kind: 'event', id: e.id, title: e.title, amountFen: null, status: e.status, startsAt: e.startsAt.toISOString() }] : [];
  });
}

export async function topicSummary(ctx: Ctx, t: TopicRow): Promise<TopicSummary> {
  return summaryOf(ctx, t, await callerState(ctx, t));
}

/** The fields a list row and the detail page share, from the topic and the caller's state. */
async function summaryOf(
  ctx: Ctx,
  t: TopicRow,
  { myBallot, reason }: Awaited<ReturnType<typeof callerState>>,
): Promise<TopicSummary> {
  return {
    communityId: t.communityId,
    id: t.id,
    kind: t.kind,
    title: t.title,
    status: statusOf(t, ctx.now),
    opensAt: t.opensAt.toISOString(),
    closesAt: t.closesAt.toISOString(),
    canVote: reason === null,
    voted: myBallot !== null,
    turnout: await turnout(ctx.db, t, ctx.now),
    passed: t.result ? (t.result as TopicResult).passed : null,
  };
}

export async function topicDetail(ctx: Ctx, communityId: string, topicId: string): Promise<TopicDetail> {
  const t = await loadTopic(ctx.db, communityId, topicId);
  const state = await callerState(ctx, t);
  const { myBallot, reason } = state;
  const options = await ctx.db
    .select()
    .from(topicOptions)
    .where(and(eq(topicOptions.communityId, communityId), eq(topicOptions.topicId, topicId)))
    .orderBy(asc(topicOptions.position));
  const optionPhotos = new Map(
    (await fileViews(ctx.db, communityId, options.flatMap((o) => (o.photoFileId ? [o.photoFileId] : [])), ctx.now)).map((v) => [v.id, v]),
  );
  const places = await ctx.db
    .select({ estateId: topicPlaces.estateId, estateName: estates.name, building: topicPlaces.building })
    .from(topicPlaces)
    .innerJoin(estates, and(eq(estates.communityId, topicPlaces.communityId), eq(estates.id, topicPlaces.estateId)))
    .where(and(eq(topicPlaces.communityId, communityId), eq(topicPlaces.topicId, topicId)))
    .orderBy(asc(estates.name), asc(topicPlaces.building));
  const background = await attachedViews(ctx.db, communityId, { kind: 'topic', id: topicId }, { now: ctx.now });
  let resolution: TopicDetail['resolution'] = null;
  if (t.resolution !== null && t.resolvedAt) {
    const [by] = await ctx.db.select({ name: users.name, nickname: users.nickname }).from(users).where(eq(users.id, t.resolvedBy ?? ''));
    const photos = await attachedViews(ctx.db, communityId, { kind: 'topic_resolution', id: topicId }, { now: ctx.now });
    resolution = { words: t.resolution, photos: photos.map(photo), at: t.resolvedAt.toISOString(), byName: by?.name ?? by?.nickname ?? '' };
  }
  return {
    ...(await summaryOf(ctx, t, state)),
    background: t.background,
    photos: background.map(photo),
    source: t.source,
    sourceId: t.sourceId,
    scope: places.map((p) => ({ estateId: p.estateId, estateName: p.estateName, building: p.building || null })),
    quorumPct: t.quorumPct,
    passPct: t.passPct,
    options: options.map((o) => {
      const v = o.photoFileId ? optionPhotos.get(o.photoFileId) : undefined;
      return { id: o.id, label: o.label, photo: v ? photo(v) : null };
    }),
    meetingEventId: t.meetingEventId,
    myBallot,
    cannotVoteReason: reason,
    result: (t.result as TopicResult | null) ?? null,
    resolution,
    links: await links(ctx.db, t),
  };
}

export async function listTopics(db: Executor, communityId: string): Promise<TopicRow[]> {
  return db.select().from(topics).where(eq(topics.communityId, communityId)).orderBy(desc(topics.createdAt)).limit(100);
}
