/**
 * A pre-registered (imported or 代报名) resident opens the app and gives their phone: their roster entry becomes
 * theirs instead of a second person. Run inside updateProfile's transaction.
 *
 * A phone typed in a profile is not proof of owning it, so the name must match too (both as the community office
 * wrote them). Only offline users are candidates: a signed-in account is never merged into another.
 *
 * What moves: each membership of the offline user (address, household) becomes the caller's, unless the caller is
 * already a member there (their own address, given at join, wins). The offline user's memberships are then deleted
 * (unless a role, grid post or read hangs on it) and its phone cleared, so neither
 * the roster nor a re-import sees it again. Its other history (代报名 registrations) stays claimable by the slip code.
 * Lock order: the offline users rows (FOR UPDATE, by id), then members.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { announcementReads, gridWorkers, memberRoles, members, users } from '../../db/schema';
import { audit } from '../shared/audit';

export async function linkPreregistered(db: Executor, userId: string, now: Date): Promise<number> {
  const [me] = await db
    .select({ name: users.name, phone: users.phone, offline: users.offline })
    .from(users)
    .where(eq(users.id, userId));
  if (!me?.phone || !me.name || me.offline) return 0;
  const candidates = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.phone, me.phone), eq(users.name, me.name), eq(users.offline, true)))
    .orderBy(users.id)
    .for('update');
  if (candidates.length === 0) return 0;
  const ids = candidates.map((c) => c.id);
  const theirs = await db.select().from(members).where(inArray(members.userId, ids));
  const mine = new Set(
    (
      await db.select({ communityId: members.communityId }).from(members).where(eq(members.userId, userId))
    ).map((m) => m.communityId),
  );
  let linked = 0;
  for (const m of theirs) {
    if (!mine.has(m.communityId)) {
      await db.insert(members).values({ ...m, userId, joinedAt: now, privacyAcceptedAt: null });
      mine.add(m.communityId);
      linked++;
    }
    // Gone from the roster, unless something still hangs on that membership (a role or grid post granted to the
    // offline entry): then it stays, and the FK is never tripped.
    const hangs = (t: typeof memberRoles | typeof gridWorkers | typeof announcementReads) =>
      sql`exists (select 1 from ${t} where ${t.communityId} = ${m.communityId} and ${t.userId} = ${m.userId})`;
    await db
      .delete(members)
      .where(
        and(
          eq(members.communityId, m.communityId),
          eq(members.userId, m.userId),
          sql`not ${hangs(memberRoles)}`,
          sql`not ${hangs(gridWorkers)}`,
          sql`not ${hangs(announcementReads)}`,
        ),
      );
    await audit(db, {
      communityId: m.communityId,
      actorUserId: userId,
      action: 'roster.link',
      targetType: 'user',
      targetId: m.userId,
      after: { householdId: m.householdId },
    });
  }
  await db.update(users).set({ phone: null }).where(inArray(users.id, ids));
  return linked;
}
