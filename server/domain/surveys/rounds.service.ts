/**
 * Staff run a 民心测评 round: open it (one open round per community), add the cadres and finished
 * projects to rate, remove a target nobody has rated yet, close it. Changes to a round lock its row
 * first ('update'); ratings hold it 'share', so a close waits for ratings in flight and none lands after.
 */
import { randomInt } from 'node:crypto';
import { and, eq, inArray, max, sql } from 'drizzle-orm';
import type { ActionParsed, SurveyCadreCandidate, SurveyRoundView } from '@linli/types';
import { SURVEY_CHOICES } from '@linli/types';
import {
  appeals,
  memberRoles,
  surveyComments,
  surveyRaters,
  surveyRounds,
  surveyTallies,
  surveyTargets,
  users,
} from '../../db/schema';
import { attachFiles } from '../files/files.service';
import { fail } from '../shared/app-error';
import type { Ctx } from '../shared/context';
import { allRounds, findRound, PHOTO_KIND, roundView, roundViews } from './rounds.repository';

export async function rounds(ctx: Ctx, input: ActionParsed<'surveys', 'rounds'>): Promise<SurveyRoundView[]> {
  return roundViews(ctx.db, input.communityId, await allRounds(ctx.db, input.communityId));
}

/** Staff and admins of the community: the people who can be rated as cadres. */
export async function cadres(
  ctx: Ctx,
  input: ActionParsed<'surveys', 'cadres'>,
): Promise<SurveyCadreCandidate[]> {
  const rows = await ctx.db
    .selectDistinct({ userId: users.id, name: sql<string>`coalesce(${users.name}, ${users.nickname})` })
    .from(memberRoles)
    .innerJoin(users, eq(users.id, memberRoles.userId))
    .where(
      and(eq(memberRoles.communityId, input.communityId), inArray(memberRoles.role, ['staff', 'admin'])),
    );
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

export async function openRound(
  ctx: Ctx,
  input: ActionParsed<'surveys', 'openRound'>,
): Promise<SurveyRoundView> {
  const c = input.communityId;
  const [made] = await ctx.db
    .insert(surveyRounds)
    .values({ communityId: c, title: input.title, openedBy: ctx.actor.userId, openedAt: ctx.now })
    .onConflictDoNothing()
    .returning({ id: surveyRounds.id });
  if (!made) {
    const [same] = await ctx.db
      .select({ id: surveyRounds.id })
      .from(surveyRounds)
      .where(and(eq(surveyRounds.communityId, c), eq(surveyRounds.title, input.title)));
    fail(same ? 'SURVEYS.ROUND_TITLE_TAKEN' : 'SURVEYS.ROUND_OPEN_EXISTS');
  }
  return roundView(ctx.db, c, made.id);
}

async function openRoundForChange(ctx: Ctx, communityId: string, roundId: string) {
  const round = await findRound(ctx.db, communityId, roundId, 'update');
  if (round.status !== 'open') fail('SURVEYS.ROUND_CLOSED');
  return round;
}

export async function addTarget(
  ctx: Ctx,
  input: ActionParsed<'surveys', 'addTarget'>,
): Promise<SurveyRoundView> {
  const c = input.communityId;
  const round = await openRoundForChange(ctx, c, input.roundId);
  const t = input;
  if (t.kind === 'cadre') {
    if (!t.cadreId) fail('SURVEYS.CADRE_REQUIRED');
    const [role] = await ctx.db
      .select({ role: memberRoles.role })
      .from(memberRoles)
      .where(
        and(
          eq(memberRoles.communityId, c),
          eq(memberRoles.userId, t.cadreId),
          inArray(memberRoles.role, ['staff', 'admin']),
        ),
      )
      .limit(1);
    if (!role) fail('SURVEYS.CADRE_NOT_STAFF');
  } else if (t.appealId) {
    const [appeal] = await ctx.db
      .select({ list: appeals.list })
      .from(appeals)
      .where(and(eq(appeals.communityId, c), eq(appeals.id, t.appealId)));
    if (appeal?.list !== 'projects') fail('SURVEYS.PROJECT_NOT_LISTED');
  }
  const [last] = await ctx.db
    .select({ sort: max(surveyTargets.sort) })
    .from(surveyTargets)
    .where(and(eq(surveyTargets.communityId, c), eq(surveyTargets.roundId, round.id)));
  const [made] = await ctx.db
    .insert(surveyTargets)
    .values({
      communityId: c,
      roundId: round.id,
      kind: t.kind,
      cadreId: t.kind === 'cadre' ? t.cadreId : null,
      appealId: t.kind === 'project' ? (t.appealId ?? null) : null,
      name: t.name,
      about: t.about,
      sort: (last?.sort ?? 0) + 1,
    })
    .onConflictDoNothing()
    .returning({ id: surveyTargets.id });
  if (!made) fail('SURVEYS.TARGET_EXISTS');
  if (t.photoFileId) {
    await attachFiles(ctx, {
      communityId: c,
      fileIds: [t.photoFileId],
      purpose: 'survey_photo',
      attachTo: { kind: PHOTO_KIND, id: made.id },
    });
  }
  // The counters exist from the start, so a rating only ever increments (never inserts) a tally row.
  await ctx.db
    .insert(surveyTallies)
    .values(
      SURVEY_CHOICES.map((choice) => ({ communityId: c, roundId: round.id, targetId: made.id, choice })),
    );
  return roundView(ctx.db, c, round.id);
}

export async function removeTarget(
  ctx: Ctx,
  input: ActionParsed<'surveys', 'removeTarget'>,
): Promise<SurveyRoundView> {
  const c = input.communityId;
  const round = await openRoundForChange(ctx, c, input.roundId);
  const target = and(
    eq(surveyTargets.communityId, c),
    eq(surveyTargets.roundId, round.id),
    eq(surveyTargets.id, input.targetId),
  );
  const [exists] = await ctx.db.select({ id: surveyTargets.id }).from(surveyTargets).where(target);
  if (!exists) fail('SURVEYS.TARGET_NOT_FOUND');
  // Ratings hold the round 'share'; this holds it 'update', so no rating can arrive between check and delete.
  const [rated] = await ctx.db
    .select({ id: surveyRaters.targetId })
    .from(surveyRaters)
    .where(and(eq(surveyRaters.communityId, c), eq(surveyRaters.targetId, input.targetId)))
    .limit(1);
  if (rated) fail('SURVEYS.TARGET_HAS_RATINGS');
  const ofTarget = <T extends typeof surveyTallies | typeof surveyComments>(tbl: T) =>
    and(eq(tbl.communityId, c), eq(tbl.targetId, input.targetId));
  await ctx.db.delete(surveyComments).where(ofTarget(surveyComments));
  await ctx.db.delete(surveyTallies).where(ofTarget(surveyTallies));
  await ctx.db.delete(surveyTargets).where(target);
  return roundView(ctx.db, c, round.id);
}

/**
 * At close, every rating row of the round is written again by this one transaction: the tallies get a
 * fresh row version and the comments new random ids in a shuffled order. Until then a database
 * operator (never an action) could match a comment or the last tally change to a rater row through
 * PostgreSQL's hidden row metadata (the writing transaction id, the physical order of inserts);
 * afterwards the live rows of a closed round carry only the close's.
 */
async function rewriteRatingRows(ctx: Ctx, c: string, roundId: string): Promise<void> {
  await ctx.db
    .update(surveyTallies)
    .set({ timesChosen: sql`${surveyTallies.timesChosen}` })
    .where(and(eq(surveyTallies.communityId, c), eq(surveyTallies.roundId, roundId)));
  const words = await ctx.db
    .delete(surveyComments)
    .where(and(eq(surveyComments.communityId, c), eq(surveyComments.roundId, roundId)))
    .returning({
      targetId: surveyComments.targetId,
      choice: surveyComments.choice,
      words: surveyComments.words,
    });
  for (let i = words.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [words[i], words[j]] = [words[j], words[i]];
  }
  for (let i = 0; i < words.length; i += 500) {
    await ctx.db
      .insert(surveyComments)
      .values(words.slice(i, i + 500).map((w) => ({ communityId: c, roundId, ...w })));
  }
}

export async function closeRound(
  ctx: Ctx,
  input: ActionParsed<'surveys', 'closeRound'>,
): Promise<SurveyRoundView> {
  const c = input.communityId;
  const round = await openRoundForChange(ctx, c, input.roundId);
  await rewriteRatingRows(ctx, c, round.id);
  await ctx.db
    .update(surveyRounds)
    .set({ status: 'closed', closedAt: ctx.now, closedBy: ctx.actor.userId })
    .where(
      and(eq(surveyRounds.communityId, c), eq(surveyRounds.id, round.id), eq(surveyRounds.status, 'open')),
    );
  return roundView(ctx.db, c, round.id);
}
