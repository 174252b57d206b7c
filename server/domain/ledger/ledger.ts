import { and, eq, gte, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { accounts, transfers } from '../../db/schema';
import { AppError } from '../shared/app-error';
import { ACCOUNTS, pointsAccountId, type Unit } from './accounts';

import type { TransferCode } from '@linli/types';

export type { TransferCode };

export interface TransferInput {
  communityId: string;
  idempotencyKey: string;
  unit: Unit;
  from: string;
  to: string;
  amount: number;
  code: TransferCode;
  refType?: string;
  refId?: string;
  actorUserId?: string | null;
  memo?: string;
  /** When it happened, if not now (backdated seed data). */
  at?: Date;
}

/** A debit that would take a non-negative account below zero: a business refusal, not a bug. */
export class InsufficientBalanceError extends AppError {
  constructor(
    readonly account: string,
    unit: Unit,
  ) {
    super(unit === 'points' ? 'POINTS.INSUFFICIENT' : 'FUND.INSUFFICIENT');
  }
}

/** Creates the community's system accounts (idempotent). */
export async function ensureSystemAccounts(db: Executor, communityId: string): Promise<void> {
  await db
    .insert(accounts)
    .values(Object.values(ACCOUNTS).map((a) => ({ communityId, ...a })))
    .onConflictDoNothing();
}

export async function ensurePointsAccount(db: Executor, communityId: string, userId: string): Promise<string> {
  const id = pointsAccountId(userId);
  await db
    .insert(accounts)
    .values({ communityId, id, unit: 'points', kind: 'resident', ownerUserId: userId, mayGoNegative: false })
    .onConflictDoNothing();
  return id;
}

/**
 * Moves `amount` from one account to another, once per idempotency key. The transfer row goes in
 * first (ON CONFLICT DO NOTHING): a repeat finds it and changes nothing. Balances move only by guarded
 * UPDATEs in the same transaction; a debit that would take a non-negative account below zero throws
 * and the caller's transaction rolls back. Must run inside a transaction.
 */
export async function transfer(tx: Executor, t: TransferInput): Promise<{ id: string; created: boolean }> {
  if (!Number.isSafeInteger(t.amount) || t.amount <= 0) throw new Error(`transfer amount must be a positive integer`);
  const inserted = await tx
    .insert(transfers)
    .values({
      communityId: t.communityId,
      idempotencyKey: t.idempotencyKey,
      unit: t.unit,
      fromAccount: t.from,
      toAccount: t.to,
      amount: t.amount,
      code: t.code,
      refType: t.refType,
      refId: t.refId,
      actorUserId: t.actorUserId ?? null,
      memo: t.memo ?? '',
      ...(t.at ? { createdAt: t.at } : {}),
    })
    .onConflictDoNothing()
    .returning({ id: transfers.id });
  if (inserted.length === 0) {
    const [existing] = await tx
      .select({ id: transfers.id })
      .from(transfers)
      .where(and(eq(transfers.communityId, t.communityId), eq(transfers.idempotencyKey, t.idempotencyKey)));
    return { id: existing.id, created: false };
  }
  const account = (id: string) =>
    and(eq(accounts.communityId, t.communityId), eq(accounts.id, id), eq(accounts.unit, t.unit));
  const debited = await tx
    .update(accounts)
    .set({ balance: sql`${accounts.balance} - ${t.amount}` })
    .where(and(account(t.from), or(eq(accounts.mayGoNegative, true), gte(accounts.balance, t.amount))))
    .returning({ balance: accounts.balance });
  if (debited.length === 0) throw new InsufficientBalanceError(t.from, t.unit);
  const credited = await tx
    .update(accounts)
    .set({ balance: sql`${accounts.balance} + ${t.amount}` })
    .where(account(t.to))
    .returning({ balance: accounts.balance });
  if (credited.length === 0) throw new Error(`account ${t.to} (${t.unit}) does not exist`);
  return { id: inserted[0].id, created: true };
}

export async function balanceOf(db: Executor, communityId: string, accountId: string): Promise<number> {
  const [row] = await db
    .select({ balance: accounts.balance })
    .from(accounts)
    .where(and(eq(accounts.communityId, communityId), eq(accounts.id, accountId)));
  return row?.balance ?? 0;
}
