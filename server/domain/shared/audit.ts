import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { auditLog } from '../../db/schema';
import { writeWithReply, type Ctx } from './context';

export interface AuditEntry {
  communityId: string;
  actorUserId: string;
  action: string;
  targetType?: string;
  targetId?: string;
  before?: unknown;
  after?: unknown;
}

/** Appends to the audit trail in the caller's transaction: the record and the act commit together. */
export async function audit(db: Executor, e: AuditEntry): Promise<void> {
  await insertOf(db, e);
}

/** The same record, written with the request's reply (`Ctx.withReply`): nothing in the action reads it. */
export async function auditWithReply(ctx: Pick<Ctx, 'db' | 'withReply'>, e: AuditEntry): Promise<void> {
  await writeWithReply(ctx, [
    insertOf(ctx.db, e)
      .returning({ one: sql`1` })
      .getSQL(),
  ]);
}

function insertOf(db: Executor, e: AuditEntry) {
  return db.insert(auditLog).values({
    communityId: e.communityId,
    actorUserId: e.actorUserId,
    action: e.action,
    targetType: e.targetType ?? null,
    targetId: e.targetId ?? null,
    before: e.before ?? null,
    after: e.after ?? null,
  });
}
