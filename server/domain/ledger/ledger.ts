import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { query } from '../../db/query';
import { accounts } from '../../db/schema';
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

export async function ensurePointsAccount(
  db: Executor,
  communityId: string,
  userId: string,
): Promise<string> {
  const id = pointsAccountId(userId);
  await db
    .insert(accounts)
    .values({ communityId, id, unit: 'points', kind: 'resident', ownerUserId: userId, mayGoNegative: false })
    .onConflictDoNothing();
  return id;
}

export interface TransferResult {
  id: string;
  /** False when the idempotency key had moved the amount already (nothing changed now). */
  created: boolean;
  /** Balances after the move (null for a repeat). */
  fromBalance: number | null;
  toBalance: number | null;
}

/**
 * Moves `amount` from one account to another, once per idempotency key, in one call of the SQL
 * function linli_transfer (server/db/migrations/0020_transfer_function.sql): the transfer row goes in
 * first (ON CONFLICT DO NOTHING) — a repeat finds it and changes nothing; balances move only by
 * guarded UPDATEs in the same transaction; a debit that would take a non-negative account below zero
 * throws and the caller's transaction rolls back. Must run inside a transaction.
 */
export async function transfer(tx: Executor, t: TransferInput): Promise<TransferResult> {
  if (!Number.isSafeInteger(t.amount) || t.amount <= 0)
    throw new Error(`transfer amount must be a positive integer`);
  const [row] = await query<{
    outcome: 'moved' | 'repeat' | 'insufficient' | 'no_account';
    id: string;
    from_balance: string | number | null;
    to_balance: string | number | null;
  }>(
    tx,
    sql`select o_outcome as outcome, o_id as id, o_from_balance as from_balance, o_to_balance as to_balance
      from linli_transfer(${t.communityId}, ${t.idempotencyKey}, ${t.unit}, ${t.from}, ${t.to}, ${t.amount}::bigint,
        ${t.code}, ${t.refType ?? null}::text, ${t.refId ?? null}::text, ${t.actorUserId ?? null}::text, ${t.memo ?? ''},
        ${t.at ? t.at.toISOString() : null}::timestamptz)`,
  );
  if (row.outcome === 'insufficient') throw new InsufficientBalanceError(t.from, t.unit);
  if (row.outcome === 'no_account') throw new Error(`account ${t.to} (${t.unit}) does not exist`);
  const num = (v: string | number | null) => (v === null ? null : Number(v));
  return {
    id: row.id,
    created: row.outcome === 'moved',
    fromBalance: num(row.from_balance),
    toBalance: num(row.to_balance),
  };
}

export async function balanceOf(db: Executor, communityId: string, accountId: string): Promise<number> {
  const [row] = await db
    .select({ balance: accounts.balance })
    .from(accounts)
    .where(and(eq(accounts.communityId, communityId), eq(accounts.id, accountId)));
  return row?.balance ?? 0;
}
