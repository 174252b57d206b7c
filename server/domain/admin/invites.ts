/**
 * One-time invites into a role (issue 15). The code is eight characters of the one code alphabet
 * (no 0/O, 1/I), shown once to whoever created it; only its SHA-256 is stored. Redeeming it joins the
 * community if need be and grants the role, once, before it expires. Wrong codes are budgeted per
 * person and overall in a window, like family codes, so guessing does not grow with accounts.
 */
import crypto from 'node:crypto';
import QRCode from 'qrcode';
import { and, desc, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  ROLE_LABELS,
  type ActionParsed,
  type CreatedInvite,
  type InviteRedeemed,
  type InviteRole,
  type InviteView,
} from '@linli/types';
import { query } from '../../db/query';
import { communities, invites, inviteWrongCodes, memberRoles, members, users } from '../../db/schema';
import { audit } from '../shared/audit';
import { fail, refuseAndKeep } from '../shared/app-error';
import type { Ctx } from '../shared/context';
import { notify } from '../notify/notify';

/** Long enough to pass on at a meeting or by phone; short enough that a lost slip goes stale. */
export const INVITE_TTL_MS = 7 * 24 * 3600_000;
export const INVITE_GUESS_WINDOW_MS = 15 * 60_000;
export const MAX_WRONG_INVITES = 5;
/**
 * Wrong invite codes the whole platform accepts per window. With 32^8 ≈ 1.1 × 10^12 codes and at
 * most a few hundred live, 100 guesses per 15 minutes find one with P ≈ 10^-8 per window.
 */
export const PLATFORM_WRONG_INVITES = 100;
/** What the QR holds: the app reads the code after the prefix (scanned in 我的 → 使用邀请码). */
export const INVITE_QR_PREFIX = 'LINLI-INVITE:';

export const hashCode = (code: string) => crypto.createHash('sha256').update(code).digest('hex');

function newCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[crypto.randomInt(0, CODE_ALPHABET.length)]).join('');
}

type InviteRow = typeof invites.$inferSelect;

function toView(r: InviteRow, usedByName: string | null): InviteView {
  return {
    id: r.id,
    role: r.role,
    expiresAt: r.expiresAt.toISOString(),
    usedAt: r.usedAt?.toISOString() ?? null,
    usedByName,
    revoked: !!r.revokedAt,
    createdAt: r.createdAt.toISOString(),
  };
}

/** Shared by the admin's page and the operator (a new community's first admin). */
export async function issueInvite(ctx: Ctx, communityId: string, role: InviteRole): Promise<CreatedInvite> {
  const [community] = await ctx.db.select().from(communities).where(eq(communities.id, communityId));
  if (!community) fail('COMMUNITY.NOT_FOUND');
  const code = newCode();
  const [row] = await ctx.db
    .insert(invites)
    .values({
      communityId,
      codeHash: hashCode(code),
      role,
      createdBy: ctx.actor.userId,
      expiresAt: new Date(ctx.now.getTime() + INVITE_TTL_MS),
      createdAt: ctx.now,
    })
    .returning();
  await audit(ctx.db, {
    communityId,
    actorUserId: ctx.actor.userId,
    action: 'admin.createInvite',
    targetType: 'invite',
    targetId: row.id,
    after: { role, expiresAt: row.expiresAt.toISOString() },
  });
  const qrDataUrl = await QRCode.toDataURL(INVITE_QR_PREFIX + code, { margin: 1, width: 360, errorCorrectionLevel: 'M' });
  return { ...toView(row, null), communityId, communityName: community.name, code, qrDataUrl };
}

export async function createInvite(ctx: Ctx, input: ActionParsed<'admin', 'createInvite'>): Promise<CreatedInvite> {
  return issueInvite(ctx, input.communityId, input.inviteRole);
}

export async function listInvites(ctx: Ctx, input: { communityId: string }): Promise<InviteView[]> {
  const rows = await ctx.db
    .select({ r: invites, usedByName: sql<string | null>`coalesce(${users.name}, ${users.nickname})` })
    .from(invites)
    .leftJoin(users, eq(users.id, invites.usedBy))
    .where(eq(invites.communityId, input.communityId))
    .orderBy(desc(invites.createdAt))
    .limit(100);
  return rows.map(({ r, usedByName }) => toView(r, usedByName));
}

export async function revokeInvite(ctx: Ctx, input: ActionParsed<'admin', 'revokeInvite'>): Promise<InviteView[]> {
  const done = await ctx.db
    .update(invites)
    .set({ revokedAt: ctx.now })
    .where(
      and(
        eq(invites.communityId, input.communityId),
        eq(invites.id, input.inviteId),
        isNull(invites.usedAt),
        isNull(invites.revokedAt),
      ),
    )
    .returning({ id: invites.id });
  if (done.length === 0) fail('ADMIN.INVITE_NOT_FOUND');
  await audit(ctx.db, {
    communityId: input.communityId,
    actorUserId: ctx.actor.userId,
    action: 'admin.revokeInvite',
    targetType: 'invite',
    targetId: input.inviteId,
  });
  return listInvites(ctx, input);
}

/** The guessing budget: redeem attempts queue on one lock; a wrong code commits with its refusal. */
async function refuseGuessing(ctx: Ctx): Promise<void> {
  await query(ctx.db, sql`select pg_advisory_xact_lock(hashtextextended('invite.redeem', 0))`);
  const since = new Date(ctx.now.getTime() - INVITE_GUESS_WINDOW_MS);
  const [row] = await ctx.db
    .select({
      mine: sql<number>`count(*) filter (where ${inviteWrongCodes.userId} = ${ctx.actor.userId})::int`,
      total: sql<number>`count(*)::int`,
    })
    .from(inviteWrongCodes)
    .where(gt(inviteWrongCodes.at, since));
  if (row.mine >= MAX_WRONG_INVITES) fail('INVITE.TOO_MANY_TRIES');
  if (row.total >= PLATFORM_WRONG_INVITES) fail('INVITE.PLATFORM_TRIES');
  await ctx.db.delete(inviteWrongCodes).where(lt(inviteWrongCodes.at, new Date(ctx.now.getTime() - 2 * INVITE_GUESS_WINDOW_MS)));
}

async function wrongCode(ctx: Ctx, code: 'INVITE.CODE_INVALID' | 'INVITE.CODE_USED'): Promise<never> {
  await ctx.db.insert(inviteWrongCodes).values({ userId: ctx.actor.userId, at: ctx.now });
  refuseAndKeep(code);
}

export async function redeemInvite(ctx: Ctx, input: ActionParsed<'user', 'redeemInvite'>): Promise<InviteRedeemed> {
  await refuseGuessing(ctx);
  const [inv] = await ctx.db
    .select()
    .from(invites)
    .where(eq(invites.codeHash, hashCode(input.code)))
    .for('update');
  if (!inv || inv.revokedAt || inv.expiresAt <= ctx.now) return wrongCode(ctx, 'INVITE.CODE_INVALID');
  if (inv.usedBy) return wrongCode(ctx, 'INVITE.CODE_USED');
  const { communityId, role } = inv;
  const [community] = await ctx.db.select().from(communities).where(eq(communities.id, communityId));
  // A newcomer joins without an address; they set estate and building later in 我的 (a new
  // community may have no estates yet — its first admin enters them).
  await ctx.db
    .insert(members)
    .values({ communityId, userId: ctx.actor.userId, privacyAcceptedAt: ctx.now })
    .onConflictDoNothing();
  await ctx.db
    .insert(memberRoles)
    .values({ communityId, userId: ctx.actor.userId, role, grantedBy: inv.createdBy, grantedAt: ctx.now })
    .onConflictDoNothing();
  await ctx.db
    .update(invites)
    .set({ usedBy: ctx.actor.userId, usedAt: ctx.now })
    .where(and(eq(invites.communityId, communityId), eq(invites.id, inv.id), isNull(invites.usedAt)));
  await audit(ctx.db, {
    communityId,
    actorUserId: ctx.actor.userId,
    action: 'user.redeemInvite',
    targetType: 'invite',
    targetId: inv.id,
    after: { role },
  });
  await notify(ctx.db, {
    communityId,
    userId: ctx.actor.userId,
    kind: 'role_changed',
    title: `您已成为${community.name}的${ROLE_LABELS[role]}`,
    body: '凭邀请码加入。新的功能在“我的”页面里。',
    link: '/pages/me/index',
    payload: { role, granted: true },
    dedupeKey: `invite:${inv.id}`,
  });
  return { communityId, communityName: community.name, role };
}
