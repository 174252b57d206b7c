import type { Executor } from '../../db/client';
import { auditLog } from '../../db/schema';

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
  await db.insert(auditLog).values({
    communityId: e.communityId,
    actorUserId: e.actorUserId,
    action: e.action,
    targetType: e.targetType ?? null,
    targetId: e.targetId ?? null,
    before: e.before ?? null,
    after: e.after ?? null,
  });
}
