/**
 * The community's fund rules as versions (community_rules). Whatever uses a rule reads the version in
 * force at the time of the thing — an expense when requested (and it copies the approvals it needs),
 * the coverage check now — so a change never reaches back: a pending expense keeps its rules.
 */
import { and, desc, eq, lte, sql } from 'drizzle-orm';
import type { ActionParsed, FundRules, RulesView } from '@linli/types';
import type { Executor } from '../../db/client';
import { communities, communityRules, users } from '../../db/schema';
import { audit } from '../shared/audit';
import { fail } from '../shared/app-error';
import type { Ctx } from '../shared/context';

/** Before any version is written, a community's own columns (set at creation) are its rules. */
export const DEFAULT_POINTS_PER_HOUR = 10;

/** The rules in force in the community at `at`. */
export async function rulesAt(db: Executor, communityId: string, at: Date): Promise<FundRules> {
  const [v] = await db
    .select()
    .from(communityRules)
    .where(and(eq(communityRules.communityId, communityId), lte(communityRules.effectiveFrom, at)))
    .orderBy(desc(communityRules.effectiveFrom))
    .limit(1);
  if (v) return pick(v);
  const [c] = await db.select().from(communities).where(eq(communities.id, communityId)).limit(1);
  if (!c) fail('COMMUNITY.NOT_FOUND');
  return { ...pick(c), pointsPerHour: DEFAULT_POINTS_PER_HOUR };
}

function pick(r: Omit<FundRules, 'pointsPerHour'> & { pointsPerHour?: number }): FundRules {
  return {
    approvalsRequired: r.approvalsRequired,
    approvalThresholdFen: r.approvalThresholdFen,
    pointValueFen: r.pointValueFen,
    pointsPerHour: r.pointsPerHour ?? DEFAULT_POINTS_PER_HOUR,
  };
}

export async function rulesView(db: Executor, communityId: string, now: Date): Promise<RulesView> {
  const rows = await db
    .select({ v: communityRules, setByName: sql<string>`coalesce(${users.name}, ${users.nickname})` })
    .from(communityRules)
    .innerJoin(users, eq(users.id, communityRules.setBy))
    .where(eq(communityRules.communityId, communityId))
    .orderBy(desc(communityRules.effectiveFrom))
    .limit(50);
  return {
    current: await rulesAt(db, communityId, now),
    history: rows.map(({ v, setByName }) => ({ ...pick(v), effectiveFrom: v.effectiveFrom.toISOString(), setByName })),
  };
}

export async function rules(ctx: Ctx, input: ActionParsed<'admin', 'rules'>): Promise<RulesView> {
  return rulesView(ctx.db, input.communityId, ctx.now);
}

/** A new version from now (or a later time); never earlier, so nothing already decided changes. */
export async function setRules(ctx: Ctx, input: ActionParsed<'admin', 'setRules'>): Promise<RulesView> {
  const { communityId, effectiveFrom, ...values } = input;
  const from = effectiveFrom ? new Date(effectiveFrom) : ctx.now;
  if (from.getTime() < ctx.now.getTime() - 1000) fail('ADMIN.RULES_IN_PAST');
  const before = await rulesAt(ctx.db, communityId, from);
  // Two changes for the same instant: the later one replaces the earlier (still one row per time).
  await ctx.db
    .insert(communityRules)
    .values({ communityId, effectiveFrom: from, setBy: ctx.actor.userId, ...values })
    .onConflictDoUpdate({
      target: [communityRules.communityId, communityRules.effectiveFrom],
      set: { ...values, setBy: ctx.actor.userId },
    });
  await audit(ctx.db, {
    communityId,
    actorUserId: ctx.actor.userId,
    action: 'admin.setRules',
    targetType: 'community_rules',
    targetId: from.toISOString(),
    before,
    after: { ...values, effectiveFrom: from.toISOString() },
  });
  return rulesView(ctx.db, communityId, ctx.now);
}
