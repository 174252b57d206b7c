/**
 * 批量导入 of residents and households: template → upload (files, purpose `roster_sheet`) → dry run → commit.
 * Imported residents are offline users (like 代报名 elders) with a membership in their household; when one of them
 * later gives the same phone and name in the app, link.ts moves the membership to their own account.
 */
import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { ActionParsed, ExportFile, ImportPlan, ImportResult } from '@linli/types';
import { communities, files, members, users } from '../../db/schema';
import { fileStore } from '../files/storage';
import { ensureHouseholds, householdKey } from '../households/households.repository';
import { AppError } from '../shared/app-error';
import { audit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { planImport, type Plan } from './plan';
import { parseSheet, templateSheet } from './sheet';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function template(_ctx: Ctx, _input: ActionParsed<'roster', 'template'>): Promise<ExportFile> {
  return {
    filename: '居民名册导入模板.xlsx',
    mimeType: XLSX,
    base64: (await templateSheet()).toString('base64'),
  };
}

/** The caller's own uploaded sheet in this community. */
async function sheetOf(ctx: Ctx, communityId: string, fileId: string) {
  const [row] = await ctx.db
    .select({ storageKey: files.storageKey })
    .from(files)
    .where(
      and(
        eq(files.communityId, communityId),
        eq(files.id, fileId),
        eq(files.purpose, 'roster_sheet'),
        eq(files.ownerId, ctx.actor.userId),
      ),
    );
  const bytes = row && (await fileStore().get(row.storageKey));
  if (!bytes) throw new AppError('IMPORT.FILE_NOT_FOUND');
  return parseSheet(bytes);
}

function view(fileId: string, plan: Plan): ImportPlan {
  return {
    fileId,
    planHash: plan.hash,
    counts: plan.counts,
    newHouseholds: plan.newHouseholds,
    rows: plan.rows.map(({ create: _create, ...r }) => r),
  };
}

export async function dryRun(ctx: Ctx, input: ActionParsed<'roster', 'dryRun'>): Promise<ImportPlan> {
  const sheet = await sheetOf(ctx, input.communityId, input.fileId);
  return view(input.fileId, await planImport(ctx.db, input.communityId, sheet, ctx.now));
}

/**
 * Does the dry run's plan, in the caller's transaction. Lock order: the community row (FOR NO KEY UPDATE, so two
 * imports of one community run one after the other and plan against each other's result, while ordinary inserts
 * that only reference the community are not blocked), then households (ensureHouseholds, ON CONFLICT), users, members.
 */
export async function commit(ctx: Ctx, input: ActionParsed<'roster', 'commit'>): Promise<ImportResult> {
  await ctx.db
    .select({ id: communities.id })
    .from(communities)
    .where(eq(communities.id, input.communityId))
    .for('no key update');
  const sheet = await sheetOf(ctx, input.communityId, input.fileId);
  const plan = await planImport(ctx.db, input.communityId, sheet, ctx.now);
  if (plan.hash !== input.planHash) throw new AppError('IMPORT.PLAN_CHANGED');
  const toCreate = plan.rows.flatMap((r) => (r.create ? [r.create] : []));
  const householdIds = await ensureHouseholds(
    ctx.db,
    input.communityId,
    toCreate.map((r) => r.address),
  );
  for (let i = 0; i < toCreate.length; i += 500) {
    const batch = toCreate.slice(i, i + 500);
    const ids = batch.map(() => crypto.randomUUID());
    await ctx.db.insert(users).values(
      batch.map((r, j) => ({
        id: ids[j],
        // An openid no platform can present: the person is on the roster, not signed in.
        openid: `import:${crypto.randomUUID()}`,
        nickname: r.name,
        name: r.name,
        phone: r.phone,
        birthYear: r.birthYear,
        offline: true,
      })),
    );
    await ctx.db.insert(members).values(
      batch.map((r, j) => ({
        communityId: input.communityId,
        userId: ids[j],
        estateId: r.address.estateId,
        building: r.address.building,
        unit: r.address.unit,
        room: r.address.room,
        householdId: householdIds.get(householdKey(r.address)) ?? null,
        joinedAt: ctx.now,
      })),
    );
  }
  const result: ImportResult = {
    created: toCreate.length,
    skipped: plan.counts.skip,
    rejected: plan.counts.reject,
    householdsCreated: plan.newHouseholds,
  };
  await audit(ctx.db, {
    communityId: input.communityId,
    actorUserId: ctx.actor.userId,
    action: 'roster.import',
    targetType: 'file',
    targetId: input.fileId,
    after: result,
  });
  return result;
}
