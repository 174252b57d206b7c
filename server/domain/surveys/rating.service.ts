/**
 * Rating a round's targets, by the resident in the app or from a paper form entered by a grid worker
 * or staff. One transaction writes both sides, which share nothing:
 *   - survey_raters (WHO): round, target, resident, who entered it, when — for one rating per person;
 *   - survey_tallies (WHAT): a counter per target and choice, incremented; no row per rating;
 *   - survey_comments (WHAT): optional words with a random id, no person, no time, no sequence.
 * Lock order: the round ('share', so a close waits), then the raters' unique key (a concurrent duplicate
 * waits and finds it taken), then the tallies in target order. The reply never names a choice, because
 * the router keeps it with the caller's request key.
 */
import { and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type {
  ActionParsed,
  SurveyChoice,
  SurveyForRater,
  SurveyRated,
  SurveyRosterPerson,
} from '@linli/types';
import { outer } from '../../db/query';
import {
  estates,
  gridBuildings,
  gridWorkers,
  members,
  surveyComments,
  surveyRaters,
  surveyRounds,
  surveyTallies,
  surveyTargets,
  users,
} from '../../db/schema';
import type { Executor } from '../../db/client';
import { fail } from '../shared/app-error';
import { hasRole, type Ctx } from '../shared/context';
import { findRound, openRoundOf, roundViews } from './rounds.repository';

interface Rating {
  targetId: string;
  choice: SurveyChoice;
  words?: string;
}

async function ratedBy(
  db: Executor,
  communityId: string,
  roundId: string,
  residentIds: string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(residentIds.map((id) => [id, []]));
  if (residentIds.length === 0) return out;
  const rows = await db
    .select({ residentId: surveyRaters.residentId, targetId: surveyRaters.targetId })
    .from(surveyRaters)
    .where(
      and(
        eq(surveyRaters.communityId, communityId),
        eq(surveyRaters.roundId, roundId),
        inArray(surveyRaters.residentId, residentIds),
      ),
    );
  for (const r of rows) out.get(r.residentId)?.push(r.targetId);
  return out;
}

/** Records one person's ratings, all or none (an AppError rolls the caller's transaction back whole). */
async function record(
  ctx: Ctx,
  c: string,
  roundId: string,
  residentId: string,
  ratings: Rating[],
): Promise<SurveyRated> {
  if (ratings.length === 0) fail('SURVEYS.EMPTY_FORM');
  const round = await findRound(ctx.db, c, roundId, 'share');
  if (round.status !== 'open') fail('SURVEYS.ROUND_CLOSED');
  const ids = ratings.map((r) => r.targetId);
  const targets = await ctx.db
    .select({ id: surveyTargets.id, cadreId: surveyTargets.cadreId })
    .from(surveyTargets)
    .where(
      and(
        eq(surveyTargets.communityId, c),
        eq(surveyTargets.roundId, round.id),
        inArray(surveyTargets.id, ids),
      ),
    );
  if (targets.length !== new Set(ids).size) fail('SURVEYS.TARGET_NOT_FOUND');
  if (targets.some((t) => t.cadreId === residentId)) fail('SURVEYS.CANNOT_RATE_SELF');

  const sorted = [...ratings].sort((a, b) => (a.targetId < b.targetId ? -1 : 1));
  const claimed = await ctx.db
    .insert(surveyRaters)
    .values(
      sorted.map((r) => ({
        communityId: c,
        roundId: round.id,
        targetId: r.targetId,
        residentId,
        enteredBy: residentId === ctx.actor.userId ? null : ctx.actor.userId,
        ratedAt: ctx.now,
      })),
    )
    .onConflictDoNothing()
    .returning({ targetId: surveyRaters.targetId });
  if (claimed.length !== sorted.length) fail('SURVEYS.ALREADY_RATED');

  for (const r of sorted) {
    await ctx.db
      .update(surveyTallies)
      .set({ timesChosen: sql`${surveyTallies.timesChosen} + 1` })
      .where(
        and(
          eq(surveyTallies.communityId, c),
          eq(surveyTallies.roundId, round.id),
          eq(surveyTallies.targetId, r.targetId),
          eq(surveyTallies.choice, r.choice),
        ),
      );
  }
  const comments = sorted.filter((r) => r.words && r.words.trim());
  if (comments.length > 0) {
    await ctx.db.insert(surveyComments).values(
      comments.map((r) => ({
        communityId: c,
        roundId: round.id,
        targetId: r.targetId,
        choice: r.choice,
        words: r.words!.trim(),
      })),
    );
  }
  const [all, done] = await Promise.all([
    ctx.db
      .select({ id: surveyTargets.id })
      .from(surveyTargets)
      .where(and(eq(surveyTargets.communityId, c), eq(surveyTargets.roundId, round.id))),
    ratedBy(ctx.db, c, round.id, [residentId]),
  ]);
  const ratedTargetIds = done.get(residentId) ?? [];
  return { roundId: round.id, ratedTargetIds, remaining: all.length - ratedTargetIds.length };
}

export async function current(ctx: Ctx, input: ActionParsed<'surveys', 'current'>): Promise<SurveyForRater> {
  const c = input.communityId;
  const open = await openRoundOf(ctx.db, c);
  const [[round], rated, [last]] = await Promise.all([
    open ? roundViews(ctx.db, c, [open]) : Promise.resolve([null]),
    open ? ratedBy(ctx.db, c, open.id, [ctx.actor.userId]) : Promise.resolve(new Map<string, string[]>()),
    ctx.db
      .select({ id: surveyRounds.id, title: surveyRounds.title })
      .from(surveyRounds)
      .where(and(eq(surveyRounds.communityId, c), eq(surveyRounds.status, 'closed')))
      .orderBy(sql`${surveyRounds.closedAt} desc`)
      .limit(1),
  ]);
  return {
    round: round ?? null,
    ratedTargetIds: rated.get(ctx.actor.userId) ?? [],
    lastClosed: last ?? null,
  };
}

export async function rate(ctx: Ctx, input: ActionParsed<'surveys', 'rate'>): Promise<SurveyRated> {
  return record(ctx, input.communityId, input.roundId, ctx.actor.userId, [input]);
}

/** Staff may enter for any member; a grid worker for the members living in their grids' buildings. */
function mayEnterFor(ctx: Ctx) {
  if (hasRole(ctx, 'staff')) return undefined;
  return sql`exists (select 1 from ${gridBuildings} join ${gridWorkers}
      on ${gridWorkers.communityId} = ${gridBuildings.communityId} and ${gridWorkers.gridId} = ${gridBuildings.gridId}
    where ${gridBuildings.communityId} = ${outer(members.communityId)} and ${gridBuildings.estateId} = ${outer(members.estateId)}
      and ${gridBuildings.building} = ${outer(members.building)} and ${gridWorkers.userId} = ${ctx.actor.userId})`;
}

export async function roster(
  ctx: Ctx,
  input: ActionParsed<'surveys', 'roster'>,
): Promise<SurveyRosterPerson[]> {
  const c = input.communityId;
  const round = await findRound(ctx.db, c, input.roundId);
  const q = input.query?.trim().replace(/[\\%_]/g, (ch) => `\\${ch}`);
  const rows = await ctx.db
    .select({
      userId: users.id,
      name: sql<string>`coalesce(${users.name}, ${users.nickname})`,
      estateName: estates.name,
      building: members.building,
      unit: members.unit,
      offline: users.offline,
    })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .leftJoin(estates, and(eq(estates.communityId, members.communityId), eq(estates.id, members.estateId)))
    .where(
      and(
        eq(members.communityId, c),
        mayEnterFor(ctx),
        q ? or(ilike(users.name, `%${q}%`), ilike(users.nickname, `%${q}%`)) : undefined,
      ),
    )
    .orderBy(asc(estates.name), asc(members.building), asc(members.unit), asc(users.name))
    .limit(200);
  const rated = await ratedBy(
    ctx.db,
    c,
    round.id,
    rows.map((r) => r.userId),
  );
  return rows.map((r) => ({ ...r, ratedTargetIds: rated.get(r.userId) ?? [] }));
}

/** A paper form (纸质测评表) for one resident on the caller's roster, recorded as entered by the caller. */
export async function enterPaper(
  ctx: Ctx,
  input: ActionParsed<'surveys', 'enterPaper'>,
): Promise<SurveyRated> {
  const c = input.communityId;
  const [person] = await ctx.db
    .select({ userId: members.userId })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(eq(members.communityId, c), eq(members.userId, input.residentId), mayEnterFor(ctx)));
  if (!person) fail('SURVEYS.RESIDENT_NOT_FOUND');
  return record(ctx, c, input.roundId, person.userId, input.ratings);
}
