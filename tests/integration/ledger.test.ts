/** The ledger primitive: double-entry, once per key, never below zero where the account forbids it. */
import { query } from '../../server/db/query';
import { sql } from 'drizzle-orm';
import { ensurePointsAccount, InsufficientBalanceError, transfer, balanceOf } from '../../server/domain/ledger/ledger';
import { ACCOUNTS } from '../../server/domain/ledger/accounts';
import { seededApi } from './support/seeded';

const C = 'bijiqiao';
const { t, userId } = seededApi();


it('moves points once per idempotency key and keeps both sides in balance', async () => {
  const acct = await ensurePointsAccount(t.db, C, await userId('demo-volunteer'));
  const award = { communityId: C, idempotencyKey: 'award-1', unit: 'points' as const, from: ACCOUNTS.issuance.id, to: acct, amount: 30, code: 'manual_award' as const };
  await t.db.transaction((tx) => transfer(tx, award));
  const again = await t.db.transaction((tx) => transfer(tx, award));
  expect(again.created).toBe(false);
  expect(await balanceOf(t.db, C, acct)).toBe(30);
  expect(await balanceOf(t.db, C, ACCOUNTS.issuance.id)).toBe(-30);
});

it('refuses to take a resident account below zero and leaves nothing half-written', async () => {
  const acct = await ensurePointsAccount(t.db, C, await userId('demo-resident'));
  await expect(
    t.db.transaction((tx) =>
      transfer(tx, { communityId: C, idempotencyKey: 'spend-1', unit: 'points', from: acct, to: ACCOUNTS.redeemed.id, amount: 10, code: 'redemption' }),
    ),
  ).rejects.toBeInstanceOf(InsufficientBalanceError);
  const rows = await query<Record<string, unknown>>(t.db, sql`select 1 from transfers where idempotency_key = 'spend-1'`);
  expect(rows).toHaveLength(0);
  expect(await balanceOf(t.db, C, acct)).toBe(0);
});

it('keeps every balance equal to the sum of its transfers after the seed', async () => {
  const bad = await query<Record<string, unknown>>(t.db, sql`
    select a.id from accounts a
    where a.balance <> coalesce((select sum(amount) from transfers t where t.community_id = a.community_id and t.to_account = a.id), 0)
                    - coalesce((select sum(amount) from transfers t where t.community_id = a.community_id and t.from_account = a.id), 0)`);
  expect(bad).toEqual([]);
});
