/**
 * 协商议事 / 评选 actions. Role checks run inside the transaction with hasRole (the router checked the contract's
 * access already; these narrow it, e.g. a grid worker's paper ballots stay within their grid). Lock order: the
 * topic row, then the ballot row (ballots.ts); closing takes the topic row FOR UPDATE (tally.ts).
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { ActionParsed, RosterHousehold, TopicDetail, TopicSummary, TopicVote } from '@linli/types';
import { appeals, estates, events, expenses, members, topicLinks, topicOptions, topicPlaces, topics } from '../../db/schema';
import { attachFiles } from '../files/files.service';
import { fail } from '../shared/app-error';
import { audit } from '../shared/audit';
import { hasRole, type Ctx } from '../shared/context';
import { castBallot, checkOption, lockOpenTopic } from './ballots';
import { householdBallot, listTopics, topicDetail, topicSummary, turnout } from './detail';
import { gridHouseholds } from './households.service';
import { householdInScope, memberInScope } from './scope';
import { closeDueTopics, closeTopic } from './tally';

type In<A extends 'list' | 'detail' | 'vote' | 'create' | 'close' | 'resolve' | 'link' | 'roster' | 'enterPaper'> = ActionParsed<'deliberation', A>;

export async function list(ctx: Ctx, input: In<'list'>): Promise<TopicSummary[]> {
  await closeDueTopics(ctx.db, ctx.now, input.communityId);
  const rows = await listTopics(ctx.db, input.communityId);
  const out: TopicSummary[] = [];
  for (const t of rows) out.push(await topicSummary(ctx, t));
  const rank = { open: 0, upcoming: 1, closed: 2 } as const;
  return out.sort((a, b) => rank[a.status] - rank[b.status]);
}

export async function detail(ctx: Ctx, input: In<'detail'>): Promise<TopicDetail> {
  await closeDueTopics(ctx.db, ctx.now, input.communityId);
  return topicDetail(ctx, input.communityId, input.topicId);
}

export async function vote(ctx: Ctx, input: In<'vote'>): Promise<TopicVote> {
  const { communityId: c, topicId } = input;
  const t = await lockOpenTopic(ctx.db, c, topicId, ctx.now);
  await checkOption(ctx.db, c, topicId, input.optionId);
  const me = ctx.actor.userId;
  if (t.kind === 'deliberation') {
    const [m] = await ctx.db
      .select({ householdId: members.householdId })
      .from(members)
      .where(and(eq(members.communityId, c), eq(members.userId, me)));
    if (!m?.householdId) fail('DELIBERATION.NO_HOUSEHOLD');
    if (!(await householdInScope(ctx.db, c, topicId, m.householdId))) fail('DELIBERATION.OUT_OF_SCOPE');
    await castBallot(ctx.db, { communityId: c, topicId, kind: t.kind, optionId: input.optionId, householdId: m.householdId, voterId: me, channel: 'online', enteredBy: null, now: ctx.now });
  } else {
    if (!(await memberInScope(ctx.db, c, topicId, me))) fail('DELIBERATION.OUT_OF_SCOPE');
    await castBallot(ctx.db, { communityId: c, topicId, kind: t.kind, optionId: input.optionId, householdId: null, voterId: me, channel: 'online', enteredBy: null, now: ctx.now });
  }
  // A small answer: votes come in thousands at once, and the page already holds the topic.
  const { myBallot } = await householdBallot(ctx, { communityId: c, id: topicId, kind: t.kind });
  if (!myBallot) throw new Error('ballot missing right after casting it');
  return { topicId, myBallot, turnout: await turnout(ctx.db, { communityId: c, id: topicId, kind: t.kind }, ctx.now) };
}

function requireStaff(ctx: Ctx): void {
  if (!hasRole(ctx, 'staff')) fail('AUTH.FORBIDDEN');
}

export async function create(ctx: Ctx, input: In<'create'>): Promise<TopicDetail> {
  requireStaff(ctx);
  const c = input.communityId;
  if (new Date(input.closesAt) <= new Date(input.opensAt)) fail('DELIBERATION.BAD_WINDOW');
  if ((input.source === 'staff') !== (input.sourceId === undefined)) fail('DELIBERATION.SOURCE_NOT_FOUND');
  if (input.sourceId) {
    const [a] = await ctx.db
      .select({ list: appeals.list })
      .from(appeals)
      .where(and(eq(appeals.communityId, c), eq(appeals.id, input.sourceId)));
    if (!a || (input.source === 'project' && a.list !== 'projects')) fail('DELIBERATION.SOURCE_NOT_FOUND');
  }
  if (input.meetingEventId) {
    const [e] = await ctx.db.select({ id: events.id }).from(events).where(and(eq(events.communityId, c), eq(events.id, input.meetingEventId)));
    if (!e) fail('DELIBERATION.LINK_TARGET_NOT_FOUND');
  }
  const places = input.scope.flatMap((p) => (p.buildings?.length ? p.buildings.map((b) => ({ estateId: p.estateId, building: b })) : [{ estateId: p.estateId, building: '' }]));
  if (places.length) {
    const known = await ctx.db
      .select({ id: estates.id, buildings: estates.buildings })
      .from(estates)
      .where(and(eq(estates.communityId, c), inArray(estates.id, [...new Set(places.map((p) => p.estateId))])));
    for (const p of places) {
      const e = known.find((k) => k.id === p.estateId);
      if (!e || (p.building !== '' && !e.buildings.includes(p.building))) fail('DELIBERATION.SCOPE_UNKNOWN');
    }
  }
  const [t] = await ctx.db
    .insert(topics)
    .values({
      communityId: c,
      kind: input.kind,
      title: input.title,
      background: input.background,
      source: input.source,
      sourceId: input.sourceId ?? null,
      quorumPct: input.quorumPct,
      passPct: input.passPct,
      opensAt: new Date(input.opensAt),
      closesAt: new Date(input.closesAt),
      meetingEventId: input.meetingEventId ?? null,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
    })
    .returning({ id: topics.id });
  if (places.length) {
    await ctx.db
      .insert(topicPlaces)
      .values(places.map((p) => ({ communityId: c, topicId: t.id, ...p })))
      .onConflictDoNothing();
  }
  const opts = await ctx.db
    .insert(topicOptions)
    .values(input.options.map((o, position) => ({ communityId: c, topicId: t.id, position, label: o.label, photoFileId: o.photoFileId ?? null })))
    .returning({ id: topicOptions.id, photoFileId: topicOptions.photoFileId });
  await attachFiles(ctx, { communityId: c, fileIds: input.photos ?? [], purpose: 'topic_photo', attachTo: { kind: 'topic', id: t.id } });
  for (const o of opts) {
    if (o.photoFileId) {
      await attachFiles(ctx, { communityId: c, fileIds: [o.photoFileId], purpose: 'topic_photo', attachTo: { kind: 'topic_option', id: o.id } });
    }
  }
  await audit(ctx.db, { communityId: c, actorUserId: ctx.actor.userId, action: 'deliberation.create', targetType: 'topic', targetId: t.id, after: { title: input.title, kind: input.kind } });
  return topicDetail(ctx, c, t.id);
}

export async function close(ctx: Ctx, input: In<'close'>): Promise<TopicDetail> {
  requireStaff(ctx);
  const { result, closedNow } = await closeTopic(ctx.db, input.communityId, input.topicId, ctx.now, ctx.actor.userId);
  if (closedNow) {
    await audit(ctx.db, { communityId: input.communityId, actorUserId: ctx.actor.userId, action: 'deliberation.close', targetType: 'topic', targetId: input.topicId, after: { passed: result.passed, ballots: result.ballots } });
  }
  return topicDetail(ctx, input.communityId, input.topicId);
}

export async function resolve(ctx: Ctx, input: In<'resolve'>): Promise<TopicDetail> {
  requireStaff(ctx);
  const { communityId: c, topicId } = input;
  const done = await ctx.db
    .update(topics)
    .set({ resolution: input.words, resolvedAt: ctx.now, resolvedBy: ctx.actor.userId })
    .where(and(eq(topics.communityId, c), eq(topics.id, topicId), eq(topics.status, 'closed')))
    .returning({ id: topics.id });
  if (done.length !== 1) {
    const [t] = await ctx.db.select({ id: topics.id }).from(topics).where(and(eq(topics.communityId, c), eq(topics.id, topicId)));
    fail(t ? 'DELIBERATION.NOT_CLOSED' : 'DELIBERATION.NOT_FOUND');
  }
  await attachFiles(ctx, { communityId: c, fileIds: input.photos ?? [], purpose: 'topic_photo', attachTo: { kind: 'topic_resolution', id: topicId } });
  await audit(ctx.db, { communityId: c, actorUserId: ctx.actor.userId, action: 'deliberation.resolve', targetType: 'topic', targetId: topicId, after: { words: input.words } });
  return topicDetail(ctx, c, topicId);
}

export async function link(ctx: Ctx, input: In<'link'>): Promise<TopicDetail> {
  requireStaff(ctx);
  const { communityId: c, topicId, kind, targetId } = input;
  const [t] = await ctx.db.select({ id: topics.id }).from(topics).where(and(eq(topics.communityId, c), eq(topics.id, topicId)));
  if (!t) fail('DELIBERATION.NOT_FOUND');
  const target =
    kind === 'expense'
      ? await ctx.db.select({ id: expenses.id }).from(expenses).where(and(eq(expenses.communityId, c), eq(expenses.id, targetId)))
      : await ctx.db.select({ id: events.id }).from(events).where(and(eq(events.communityId, c), eq(events.id, targetId)));
  if (target.length !== 1) fail('DELIBERATION.LINK_TARGET_NOT_FOUND');
  const added = await ctx.db
    .insert(topicLinks)
    .values({ communityId: c, topicId, kind, targetId, linkedBy: ctx.actor.userId, createdAt: ctx.now })
    .onConflictDoNothing()
    .returning({ id: topicLinks.targetId });
  if (added.length) {
    await audit(ctx.db, { communityId: c, actorUserId: ctx.actor.userId, action: 'deliberation.link', targetType: 'topic', targetId: topicId, after: { kind, targetId } });
  }
  return topicDetail(ctx, c, topicId);
}

/** The households of the topic's scope the caller may enter paper ballots for, with whether each has voted. */
export async function roster(ctx: Ctx, input: In<'roster'>): Promise<RosterHousehold[]> {
  if (!hasRole(ctx, 'staff', 'grid_worker')) fail('AUTH.FORBIDDEN');
  const [t] = await ctx.db.select({ kind: topics.kind }).from(topics).where(and(eq(topics.communityId, input.communityId), eq(topics.id, input.topicId)));
  if (!t) fail('DELIBERATION.NOT_FOUND');
  if (t.kind !== 'deliberation') fail('DELIBERATION.PAPER_HOUSEHOLDS_ONLY');
  const hs = await gridHouseholds(ctx, input.communityId, { query: input.query, topicId: input.topicId });
  return hs.map((h) => ({ householdId: h.householdId, label: h.label, members: h.members.map((m) => m.name), voted: h.ballot !== null, channel: h.ballot }));
}

export async function enterPaper(ctx: Ctx, input: In<'enterPaper'>): Promise<TopicDetail> {
  if (!hasRole(ctx, 'staff', 'grid_worker')) fail('AUTH.FORBIDDEN');
  const { communityId: c, topicId } = input;
  const t = await lockOpenTopic(ctx.db, c, topicId, ctx.now);
  if (t.kind !== 'deliberation') fail('DELIBERATION.PAPER_HOUSEHOLDS_ONLY');
  await checkOption(ctx.db, c, topicId, input.optionId);
  // A grid worker's roster is their grid's households: the same query decides what they may enter.
  const mine = await gridHouseholds(ctx, c, { topicId, householdId: input.householdId });
  if (mine.length !== 1) fail('DELIBERATION.OUT_OF_SCOPE');
  await castBallot(ctx.db, { communityId: c, topicId, kind: t.kind, optionId: input.optionId, householdId: input.householdId, voterId: null, channel: 'paper', enteredBy: ctx.actor.userId, now: ctx.now });
  await audit(ctx.db, { communityId: c, actorUserId: ctx.actor.userId, action: 'deliberation.paper', targetType: 'topic', targetId: topicId, after: { householdId: input.householdId } });
  return topicDetail(ctx, c, topicId);
}
