/**
 * Shared reads of 民心测评 rounds and targets (no ratings here: the rating tables are read only by
 * results.service.ts, in counts).
 */
import { and, asc, countDistinct, desc, eq, inArray } from 'drizzle-orm';
import type { SurveyRoundStatus, SurveyRoundView, SurveyTargetView } from '@linli/types';
import type { Executor } from '../../db/client';
import { surveyRaters, surveyRounds, surveyTargets } from '../../db/schema';
import { viewsByRecord } from '../files/files.service';
import { fail } from '../shared/app-error';

/** Photos of targets are files attached to the target (purpose survey_photo). */
export const PHOTO_KIND = 'survey_target';

export type RoundRow = typeof surveyRounds.$inferSelect;

/** The round, locked for the caller's transaction when asked ('share': ratings; 'update': changes to the round). */
export async function findRound(
  db: Executor,
  communityId: string,
  roundId: string,
  lock?: 'share' | 'update',
): Promise<RoundRow> {
  const q = db
    .select()
    .from(surveyRounds)
    .where(and(eq(surveyRounds.communityId, communityId), eq(surveyRounds.id, roundId)));
  const [row] = lock ? await q.for(lock) : await q;
  if (!row) fail('SURVEYS.ROUND_NOT_FOUND');
  return row;
}

export async function openRoundOf(db: Executor, communityId: string): Promise<RoundRow | null> {
  const [row] = await db
    .select()
    .from(surveyRounds)
    .where(
      and(
        eq(surveyRounds.communityId, communityId),
        eq(surveyRounds.status, 'open' satisfies SurveyRoundStatus),
      ),
    );
  return row ?? null;
}

export function targetView(t: typeof surveyTargets.$inferSelect, photoUrl: string | null): SurveyTargetView {
  return { id: t.id, kind: t.kind, name: t.name, about: t.about, photoUrl, appealId: t.appealId };
}

export async function targetsOf(
  db: Executor,
  communityId: string,
  roundIds: string[],
): Promise<Map<string, SurveyTargetView[]>> {
  const out = new Map<string, SurveyTargetView[]>(roundIds.map((id) => [id, []]));
  if (roundIds.length === 0) return out;
  const rows = await db
    .select()
    .from(surveyTargets)
    .where(and(eq(surveyTargets.communityId, communityId), inArray(surveyTargets.roundId, roundIds)))
    .orderBy(asc(surveyTargets.sort));
  const photos = await viewsByRecord(
    db,
    communityId,
    PHOTO_KIND,
    rows.map((r) => r.id),
    { purpose: 'survey_photo' },
  );
  for (const r of rows) out.get(r.roundId)?.push(targetView(r, photos.get(r.id)?.[0]?.url ?? null));
  return out;
}

/** How many different residents rated something in each round: a count of people, never a choice. */
export async function raterCounts(
  db: Executor,
  communityId: string,
  roundIds: string[],
): Promise<Map<string, number>> {
  if (roundIds.length === 0) return new Map();
  const rows = await db
    .select({ roundId: surveyRaters.roundId, n: countDistinct(surveyRaters.residentId) })
    .from(surveyRaters)
    .where(and(eq(surveyRaters.communityId, communityId), inArray(surveyRaters.roundId, roundIds)))
    .groupBy(surveyRaters.roundId);
  return new Map(rows.map((r) => [r.roundId, Number(r.n)]));
}

export async function roundViews(
  db: Executor,
  communityId: string,
  rows: RoundRow[],
): Promise<SurveyRoundView[]> {
  const ids = rows.map((r) => r.id);
  const [targets, raters] = await Promise.all([
    targetsOf(db, communityId, ids),
    raterCounts(db, communityId, ids),
  ]);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    status: r.status,
    openedAt: r.openedAt.toISOString(),
    closedAt: r.closedAt?.toISOString() ?? null,
    targets: targets.get(r.id) ?? [],
    raters: raters.get(r.id) ?? 0,
  }));
}

export async function roundView(
  db: Executor,
  communityId: string,
  roundId: string,
): Promise<SurveyRoundView> {
  const [view] = await roundViews(db, communityId, [await findRound(db, communityId, roundId)]);
  return view;
}

export async function allRounds(db: Executor, communityId: string): Promise<RoundRow[]> {
  return db
    .select()
    .from(surveyRounds)
    .where(eq(surveyRounds.communityId, communityId))
    .orderBy(desc(surveyRounds.openedAt));
}
