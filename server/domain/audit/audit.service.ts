/** The audit trail of privileged actions, newest first, for the community's admins. */
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { ActionParsed, AuditEntryView } from '@linli/types';
import { auditLog, users } from '../../db/schema';
import type { Ctx } from '../shared/context';

export async function list(ctx: Ctx, input: ActionParsed<'audit', 'list'>): Promise<AuditEntryView[]> {
  const where = [eq(auditLog.communityId, input.communityId)];
  if (input.before) where.push(lt(auditLog.createdAt, new Date(input.before)));
  if (input.action) where.push(eq(auditLog.action, input.action));
  const rows = await ctx.db
    .select({ row: auditLog, actorName: sql<string>`coalesce(${users.name}, ${users.nickname})` })
    .from(auditLog)
    .innerJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(...where))
    .orderBy(desc(auditLog.createdAt))
    .limit(100);
  return rows.map(({ row, actorName }) => ({
    id: row.id,
    actorName,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    before: row.before,
    after: row.after,
    createdAt: row.createdAt.toISOString(),
  }));
}
