/**
 * 民心测评 results, read only from the WHAT side (tallies and comments) plus counts of people from the
 * WHO side. A round's results show once it is closed (a live count would let someone who watched a
 * neighbour rate see the number move). A target shows its figures only from RESULT_FLOOR raters up;
 * the community figure sums only those targets, so a hidden target cannot be worked out by subtraction.
 */
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type {
  ActionParsed,
  SurveyChoice,
  SurveyResults,
  SurveySettings,
  SurveyTargetResult,
  SurveyTrendPoint,
} from '@linli/types';
import { SURVEY_CHOICES } from '@linli/types';
import type { Executor } from '../../db/client';
import { surveyComments, surveyRaters, surveyRounds, surveySettings, surveyTallies } from '../../db/schema';
import { hasRole, type Ctx } from '../shared/context';
import { findRound, raterCounts, targetsOf, type RoundRow } from './rounds.repository';

export const RESULT_FLOOR = 10;
export const DEFAULT_FLAG_BELOW = 80;

type Counts = Record<SurveyChoice, number>;
const zero = (): Counts => ({ satisfied: 0, basic: 0, dissatisfied: 0 });
const total = (k: Counts) => SURVEY_CHOICES.reduce((s, ch) => s + k[ch], 0);
/** (满意 + 基本满意) / all, percent with one decimal. */
export const satisfactionOf = (k: Counts): number | null =>
  total(k) === 0 ? null : Math.round(((k.satisfied + k.basic) / total(k)) * 1000) / 10;

export async function flagBelowOf(db: Executor, communityId: string): Promise<number> {
  const [row] = await db
    .select({ v: surveySettings.flagBelow })
    .from(surveySettings)
    .where(eq(surveySettings.communityId, communityId));
  return row?.v ?? DEFAULT_FLAG_BELOW;
}

interface TargetFigures {
  raters: Map<string, number>;
  counts: Map<string, Counts>;
}

async function figures(db: Executor, communityId: string, roundIds: string[]): Promise<TargetFigures> {
  const raters = new Map<string, number>();
  const counts = new Map<string, Counts>();
  if (roundIds.length === 0) return { raters, counts };
  const [who, what] = await Promise.all([
    db
      .select({ targetId: surveyRaters.targetId, n: count() })
      .from(surveyRaters)
      .where(and(eq(surveyRaters.communityId, communityId), inArray(surveyRaters.roundId, roundIds)))
      .groupBy(surveyRaters.targetId),
    db
      .select({ targetId: surveyTallies.targetId, choice: surveyTallies.choice, n: surveyTallies.timesChosen })
      .from(surveyTallies)
      .where(and(eq(surveyTallies.communityId, communityId), inArray(surveyTallies.roundId, roundIds))),
  ]);
  for (const r of who) raters.set(r.targetId, Number(r.n));
  for (const r of what) {
    const k = counts.get(r.targetId) ?? zero();
    k[r.choice] = r.n;
    counts.set(r.targetId, k);
  }
  return { raters, counts };
}

const enough = (f: TargetFigures, targetId: string) => (f.raters.get(targetId) ?? 0) >= RESULT_FLOOR;

/** The community's satisfaction over the targets that reached the floor. */
function communitySatisfaction(f: TargetFigures, targetIds: string[]): number | null {
  const sum = zero();
  for (const id of targetIds.filter((t) => enough(f, t))) {
    const k = f.counts.get(id) ?? zero();
    for (const ch of SURVEY_CHOICES) sum[ch] += k[ch];
  }
  return satisfactionOf(sum);
}

async function trendOf(db: Executor, communityId: string): Promise<SurveyTrendPoint[]> {
  const closed = await db
    .select()
    .from(surveyRounds)
    .where(and(eq(surveyRounds.communityId, communityId), eq(surveyRounds.status, 'closed')))
    .orderBy(asc(surveyRounds.closedAt));
  const ids = closed.map((r) => r.id);
  const [targets, f, people] = await Promise.all([
    targetsOf(db, communityId, ids),
    figures(db, communityId, ids),
    raterCounts(db, communityId, ids),
  ]);
  return closed.map((r) => ({
    roundId: r.id,
    title: r.title,
    closedAt: r.closedAt!.toISOString(),
    satisfaction: communitySatisfaction(
      f,
      (targets.get(r.id) ?? []).map((t) => t.id),
    ),
    raters: people.get(r.id) ?? 0,
  }));
}

async function latestClosed(db: Executor, communityId: string): Promise<RoundRow | null> {
  const [row] = await db
    .select()
    .from(surveyRounds)
    .where(and(eq(surveyRounds.communityId, communityId), eq(surveyRounds.status, 'closed')))
    .orderBy(desc(surveyRounds.closedAt))
    .limit(1);
  return row ?? null;
}

export async function results(ctx: Ctx, input: ActionParsed<'surveys', 'results'>): Promise<SurveyResults> {
  const c = input.communityId;
  const admin = hasRole(ctx, 'admin');
  const [round, trend, flagBelow] = await Promise.all([
    input.roundId ? findRound(ctx.db, c, input.roundId) : latestClosed(ctx.db, c),
    trendOf(ctx.db, c),
    flagBelowOf(ctx.db, c),
  ]);
  const base = { floor: RESULT_FLOOR, trend, flagBelow: admin ? flagBelow : null };
  if (!round) return { ...base, round: null, targets: [], community: { satisfaction: null, raters: 0 } };
  const head = {
    id: round.id,
    title: round.title,
    status: round.status,
    closedAt: round.closedAt?.toISOString() ?? null,
  };
  // Nothing of an open round's ratings shows, not even counts.
  if (round.status !== 'closed')
    return { ...base, round: head, targets: [], community: { satisfaction: null, raters: 0 } };

  const [targets, f, people, comments] = await Promise.all([
    targetsOf(ctx.db, c, [round.id]).then((m) => m.get(round.id) ?? []),
    figures(ctx.db, c, [round.id]),
    raterCounts(ctx.db, c, [round.id]),
    ctx.db
      .select({
        targetId: surveyComments.targetId,
        choice: surveyComments.choice,
        words: surveyComments.words,
      })
      .from(surveyComments)
      .where(and(eq(surveyComments.communityId, c), eq(surveyComments.roundId, round.id)))
      // Random ids: an order that says nothing about who or when.
      .orderBy(asc(surveyComments.id)),
  ]);
  const rows: SurveyTargetResult[] = targets.map((target) => {
    if (!enough(f, target.id)) {
      return {
        target,
        enough: false,
        raters: null,
        counts: null,
        satisfaction: null,
        comments: null,
        flagged: false,
      };
    }
    const counts = f.counts.get(target.id) ?? zero();
    const satisfaction = satisfactionOf(counts);
    return {
      target,
      enough: true,
      raters: f.raters.get(target.id) ?? 0,
      counts,
      satisfaction,
      comments: comments
        .filter((x) => x.targetId === target.id)
        .map(({ choice, words }) => ({ choice, words })),
      flagged: admin && satisfaction !== null && satisfaction < flagBelow,
    };
  });
  return {
    ...base,
    round: head,
    targets: rows,
    community: {
      satisfaction: communitySatisfaction(
        f,
        targets.map((t) => t.id),
      ),
      raters: people.get(round.id) ?? 0,
    },
  };
}

export async function setThreshold(
  ctx: Ctx,
  input: ActionParsed<'surveys', 'setThreshold'>,
): Promise<SurveySettings> {
  const values = {
    communityId: input.communityId,
    flagBelow: input.flagBelow,
    updatedBy: ctx.actor.userId,
    updatedAt: ctx.now,
  };
  await ctx.db
    .insert(surveySettings)
    .values(values)
    .onConflictDoUpdate({
      target: surveySettings.communityId,
      set: { flagBelow: values.flagBelow, updatedBy: values.updatedBy, updatedAt: values.updatedAt },
    });
  return { flagBelow: input.flagBelow };
}
