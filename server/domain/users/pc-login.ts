/**
 * 电脑登录 (issue 15): staff sign in to the H5 管理台 on a PC by scanning a one-time QR with the
 * mini-program and confirming there.
 *
 * 1. The PC asks for a challenge (`POST /pc/challenge`, no identity): 32 random bytes, shown as a QR,
 *    good for CHALLENGE_TTL_MS. Only its SHA-256 is stored.
 * 2. On the phone, someone holding staff, admin, grid_worker or committee in some community confirms
 *    it (`user.confirmPcLogin`, identity from the platform): the row becomes that person's session,
 *    ending SESSION_TTL_MS later.
 * 3. The PC polls (`POST /pc/poll` with the id and the challenge it holds) and, once, receives a
 *    fresh 32-byte token; only its SHA-256 is kept. Later polls are refused.
 * 4. Each PC request carries `Authorization: PcSession <token>`; `sessionOpenid` resolves it while the
 *    session is confirmed, unexpired and not ended. The phone lists and ends its sessions.
 */
import crypto from 'node:crypto';
import QRCode from 'qrcode';
import { and, desc, eq, exists, gt, inArray, isNotNull, isNull, lt, or, sql, type SQLWrapper } from 'drizzle-orm';
import { PC_CHALLENGE_PATTERN, PC_QR_PREFIX, type ActionParsed, type PcChallenge, type PcLoginConfirmed, type PcPoll, type PcSessionView, type Role } from '@linli/types';
import type { Db } from '../../db/client';
import { memberRoles, pcSessions, users } from '../../db/schema';
import { fail } from '../shared/app-error';
import type { Ctx } from '../shared/context';

export const CHALLENGE_TTL_MS = 2 * 60_000;
/** After confirming on the phone the PC has this long past the challenge's expiry to pick up its token. */
export const PICKUP_GRACE_MS = 60_000;
export const SESSION_TTL_MS = 8 * 3600_000;
/** Who may sign in on a PC: the roles with a 管理台. Residents use the mini-program. */
export const PC_ROLES: Role[] = ['staff', 'admin', 'grid_worker', 'committee'];
const USER_AGENT_MAX = 120;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');
const secret = () => crypto.randomBytes(32).toString('base64url');

export async function createChallenge(db: Db, userAgent: string | undefined, now: Date): Promise<PcChallenge> {
  // Challenges nobody confirmed are of no further use after an hour; sessions are kept 30 days past their end.
  await db
    .delete(pcSessions)
    .where(
      or(
        and(isNull(pcSessions.confirmedAt), lt(pcSessions.challengeExpiresAt, new Date(now.getTime() - 3600_000))),
        lt(pcSessions.expiresAt, new Date(now.getTime() - 30 * 24 * 3600_000)),
      ),
    );
  const challenge = secret();
  const [row] = await db
    .insert(pcSessions)
    .values({
      challengeHash: sha256(challenge),
      userAgent: userAgent ? userAgent.slice(0, USER_AGENT_MAX) : null,
      createdAt: now,
      challengeExpiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS),
    })
    .returning();
  const qrDataUrl = await QRCode.toDataURL(PC_QR_PREFIX + challenge, { margin: 1, width: 320, errorCorrectionLevel: 'M' });
  return { challengeId: row.id, challenge, expiresAt: row.challengeExpiresAt.toISOString(), qrDataUrl };
}

export async function pollChallenge(db: Db, body: unknown, now: Date): Promise<PcPoll> {
  const { challengeId, challenge } = (body ?? {}) as { challengeId?: unknown; challenge?: unknown };
  if (typeof challengeId !== 'string' || !UUID_PATTERN.test(challengeId)) fail('INPUT.INVALID');
  if (typeof challenge !== 'string' || !PC_CHALLENGE_PATTERN.test(challenge)) fail('INPUT.INVALID');
  const where = and(eq(pcSessions.id, challengeId), eq(pcSessions.challengeHash, sha256(challenge)));
  const [row] = await db.select().from(pcSessions).where(where);
  if (!row || row.revokedAt) fail('PC.CHALLENGE_INVALID');
  if (row.tokenHash) fail('PC.CHALLENGE_USED');
  if (!row.confirmedAt) {
    if (row.challengeExpiresAt <= now) fail('PC.CHALLENGE_EXPIRED');
    return { status: 'waiting' };
  }
  if (row.challengeExpiresAt.getTime() + PICKUP_GRACE_MS <= now.getTime() || row.expiresAt! <= now) {
    fail('PC.CHALLENGE_EXPIRED');
  }
  const token = secret();
  // Guarded: of two polls racing, exactly one sets the token.
  const [issued] = await db
    .update(pcSessions)
    .set({ tokenHash: sha256(token) })
    .where(and(where, isNotNull(pcSessions.confirmedAt), isNull(pcSessions.tokenHash), isNull(pcSessions.revokedAt)))
    .returning({ expiresAt: pcSessions.expiresAt });
  if (!issued) fail('PC.CHALLENGE_USED');
  return { status: 'ok', token, expiresAt: issued.expiresAt!.toISOString() };
}

/** Whether the person still holds a role with a 管理台 in some community. */
const holdsPcRole = (db: Db | Ctx['db'], userId: SQLWrapper) =>
  exists(
    db
      .select({ one: sql`1` })
      .from(memberRoles)
      .where(and(eq(memberRoles.userId, userId), inArray(memberRoles.role, PC_ROLES as never[]))),
  );

/**
 * The openid a PC session token stands for, or null when it is unknown, expired or ended, or when the
 * person no longer holds any of PC_ROLES (a revoked staff member's PCs stop working at once).
 */
export async function sessionOpenid(db: Db, token: string, now: Date): Promise<string | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const [row] = await db
    .select({ openid: users.openid })
    .from(pcSessions)
    .innerJoin(users, eq(users.id, pcSessions.userId))
    .where(
      and(
        eq(pcSessions.tokenHash, sha256(token)),
        isNull(pcSessions.revokedAt),
        gt(pcSessions.expiresAt, now),
        holdsPcRole(db, pcSessions.userId),
      ),
    );
  return row?.openid ?? null;
}

/** `POST /pc/logout` from the PC itself (退出 on the PC): ends the session its token names. */
export async function endByToken(db: Db, token: string, now: Date): Promise<boolean> {
  if (!TOKEN_PATTERN.test(token)) return false;
  const done = await db
    .update(pcSessions)
    .set({ revokedAt: now })
    .where(and(eq(pcSessions.tokenHash, sha256(token)), isNull(pcSessions.revokedAt)))
    .returning({ id: pcSessions.id });
  return done.length > 0;
}

export async function confirmPcLogin(ctx: Ctx, input: ActionParsed<'user', 'confirmPcLogin'>): Promise<PcLoginConfirmed> {
  const [role] = await ctx.db
    .select({ role: memberRoles.role })
    .from(memberRoles)
    .where(and(eq(memberRoles.userId, ctx.actor.userId), inArray(memberRoles.role, PC_ROLES as never[])))
    .limit(1);
  if (!role) fail('PC.STAFF_ONLY');
  const [row] = await ctx.db
    .select()
    .from(pcSessions)
    .where(eq(pcSessions.challengeHash, sha256(input.challenge)))
    .for('update');
  if (!row || row.revokedAt) fail('PC.CHALLENGE_INVALID');
  if (row.confirmedAt) fail('PC.CHALLENGE_USED');
  if (row.challengeExpiresAt <= ctx.now) fail('PC.CHALLENGE_EXPIRED');
  const [done] = await ctx.db
    .update(pcSessions)
    .set({ userId: ctx.actor.userId, confirmedAt: ctx.now, expiresAt: new Date(ctx.now.getTime() + SESSION_TTL_MS) })
    .where(and(eq(pcSessions.id, row.id), isNull(pcSessions.confirmedAt)))
    .returning();
  if (!done) fail('PC.CHALLENGE_USED');
  return { id: done.id, expiresAt: done.expiresAt!.toISOString() };
}

export async function listPcSessions(ctx: Ctx): Promise<PcSessionView[]> {
  const rows = await ctx.db
    .select()
    .from(pcSessions)
    .where(
      and(
        eq(pcSessions.userId, ctx.actor.userId),
        isNull(pcSessions.revokedAt),
        gt(pcSessions.expiresAt, ctx.now),
        // Confirmed sessions whose PC has picked up its token, or may still do so.
        or(isNotNull(pcSessions.tokenHash), gt(pcSessions.challengeExpiresAt, new Date(ctx.now.getTime() - PICKUP_GRACE_MS))),
      ),
    )
    .orderBy(desc(pcSessions.confirmedAt))
    .limit(50);
  return rows.map((r) => ({
    id: r.id,
    userAgent: r.userAgent,
    confirmedAt: r.confirmedAt!.toISOString(),
    expiresAt: r.expiresAt!.toISOString(),
  }));
}

export async function endPcSession(ctx: Ctx, input: ActionParsed<'user', 'endPcSession'>): Promise<PcSessionView[]> {
  const done = await ctx.db
    .update(pcSessions)
    .set({ revokedAt: ctx.now })
    .where(and(eq(pcSessions.id, input.id), eq(pcSessions.userId, ctx.actor.userId), isNull(pcSessions.revokedAt)))
    .returning({ id: pcSessions.id });
  if (done.length === 0) fail('PC.SESSION_NOT_FOUND');
  return listPcSessions(ctx);
}
