/** Appeal categories per community and their deadlines; the articles' eight are the defaults. */
import crypto from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { ActionParsed, AppealCategoryView } from '@linli/types';
import type { Executor } from '../../db/client';
import { appealCategories } from '../../db/schema';
import { fail, isUniqueViolation } from '../shared/app-error';
import { audit } from '../shared/audit';
import type { Ctx } from '../shared/context';

export const DEFAULT_CATEGORIES = [
  { id: 'infrastructure', name: '基础设施' },
  { id: 'courtyard', name: '院落整治' },
  { id: 'property', name: '物业服务' },
  { id: 'sanitation', name: '环境卫生' },
  { id: 'safety', name: '安全隐患' },
  { id: 'dispute', name: '邻里纠纷' },
  { id: 'edu_health', name: '教育健康' },
  { id: 'other', name: '其他' },
] as const;

type Row = typeof appealCategories.$inferSelect;
const view = (r: Row): AppealCategoryView => ({
  id: r.id,
  name: r.name,
  acceptWorkingDays: r.acceptWorkingDays,
  finishDays: r.finishDays,
  sort: r.sort,
});

/** Gives a community the default categories (idempotent). */
export async function ensureDefaultCategories(db: Executor, communityId: string): Promise<void> {
  await db
    .insert(appealCategories)
    .values(DEFAULT_CATEGORIES.map((c, i) => ({ communityId, id: c.id, name: c.name, sort: (i + 1) * 10 })))
    .onConflictDoNothing();
}

export async function listCategories(db: Executor, communityId: string): Promise<AppealCategoryView[]> {
  const rows = await db
    .select()
    .from(appealCategories)
    .where(eq(appealCategories.communityId, communityId))
    .orderBy(asc(appealCategories.sort), asc(appealCategories.name));
  return rows.map(view);
}

export async function findCategory(db: Executor, communityId: string, id: string): Promise<Row | null> {
  const [row] = await db
    .select()
    .from(appealCategories)
    .where(and(eq(appealCategories.communityId, communityId), eq(appealCategories.id, id)));
  return row ?? null;
}

export async function categories(ctx: Ctx, input: ActionParsed<'appeals', 'categories'>): Promise<AppealCategoryView[]> {
  const list = await listCategories(ctx.db, input.communityId);
  if (list.length > 0) return list;
  // A community created after the seed gets the defaults on first use.
  await ensureDefaultCategories(ctx.db, input.communityId);
  return listCategories(ctx.db, input.communityId);
}

/** New deadlines apply to appeals submitted (accept) or accepted (finish) from now on; running ones keep theirs. */
export async function saveCategory(ctx: Ctx, input: ActionParsed<'appeals', 'saveCategory'>): Promise<AppealCategoryView> {
  const c = input.communityId;
  const fields = { name: input.name, acceptWorkingDays: input.acceptWorkingDays, finishDays: input.finishDays };
  try {
    if (input.categoryId) {
      const before = await findCategory(ctx.db, c, input.categoryId);
      if (!before) fail('APPEALS.CATEGORY_NOT_FOUND');
      const [row] = await ctx.db
        .update(appealCategories)
        .set(fields)
        .where(and(eq(appealCategories.communityId, c), eq(appealCategories.id, input.categoryId)))
        .returning();
      await audit(ctx.db, { communityId: c, actorUserId: ctx.actor.userId, action: 'appeals.saveCategory', targetType: 'appeal_category', targetId: row.id, before: view(before), after: view(row) });
      return view(row);
    }
    const [last] = await ctx.db
      .select({ sort: sql<number>`coalesce(max(${appealCategories.sort}), 0)::int` })
      .from(appealCategories)
      .where(eq(appealCategories.communityId, c));
    const [row] = await ctx.db
      .insert(appealCategories)
      .values({ communityId: c, id: crypto.randomUUID(), sort: (last?.sort ?? 0) + 10, ...fields })
      .returning();
    await audit(ctx.db, { communityId: c, actorUserId: ctx.actor.userId, action: 'appeals.saveCategory', targetType: 'appeal_category', targetId: row.id, after: view(row) });
    return view(row);
  } catch (err) {
    if (isUniqueViolation(err, 'appeal_categories_name_uq')) fail('APPEALS.CATEGORY_NAME_TAKEN');
    throw err;
  }
}
