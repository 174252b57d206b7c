/**
 * Manual awards and deductions by staff, with a reason, in the audit trail (before/after balance).
 * An award mints from the issuance account and must stay covered by the fund; a deduction returns
 * points to issuance and can never take a balance below zero.
 */
import crypto from 'node:crypto';
import type { ActionParsed, ResidentLedger } from '@linli/types';
import { fail } from '../shared/app-error';
import { auditWithReply } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { ACCOUNTS } from '../ledger/accounts';
import { ensurePointsAccount, transfer } from '../ledger/ledger';
import { assertCovered, lockFund } from '../ledger/coverage';
import { rolesIn } from '../users/users.repository';
import { ledgerOf } from './points.service';
import { notifyPoints } from '../notify/points-notices';

type Adjust = ActionParsed<'points', 'award'>;

async function adjust(ctx: Ctx, input: Adjust, direction: 'award' | 'deduct'): Promise<ResidentLedger> {
  if (!(await rolesIn(ctx.db, input.communityId, input.residentId))) fail('POINTS.RESIDENT_NOT_FOUND');
  if (direction === 'award') await lockFund(ctx.db, input.communityId);
  const account = await ensurePointsAccount(ctx.db, input.communityId, input.residentId);
  // The router's request key makes a retry return the first reply; each call is its own transfer.
  const key = `${direction}:${crypto.randomUUID()}`;
  const moved = await transfer(ctx.db, {
    communityId: input.communityId,
    idempotencyKey: key,
    unit: 'points',
    from: direction === 'award' ? ACCOUNTS.issuance.id : account,
    to: direction === 'award' ? account : ACCOUNTS.issuance.id,
    amount: input.amount,
    code: direction === 'award' ? 'manual_award' : 'manual_deduct',
    refType: 'resident',
    refId: input.residentId,
    actorUserId: ctx.actor.userId,
    memo: `${direction === 'award' ? '社区奖励' : '社区扣减'}：${input.reason}`,
  });
  if (direction === 'award') {
    await assertCovered(ctx.db, input.communityId);
    await notifyPoints(
      ctx,
      input.communityId,
      input.residentId,
      input.amount,
      `社区奖励：${input.reason}`,
      key,
    );
  }
  // The resident's balance after the move, as the transfer's guarded UPDATE left it (the key is new, so
  // it moved); before = after ∓ amount. The audit row goes with the reply.
  const after = direction === 'award' ? moved.toBalance! : moved.fromBalance!;
  await auditWithReply(ctx, {
    communityId: input.communityId,
    actorUserId: ctx.actor.userId,
    action: `points.${direction}`,
    targetType: 'resident',
    targetId: input.residentId,
    before: { balance: direction === 'award' ? after - input.amount : after + input.amount },
    after: { balance: after, reason: input.reason },
  });
  return ledgerOf(ctx, input.communityId, input.residentId);
}

export const award = (ctx: Ctx, input: Adjust) => adjust(ctx, input, 'award');
export const deduct = (ctx: Ctx, input: Adjust) => adjust(ctx, input, 'deduct');
