/** Donations: cash goes donors → fund; goods are valued and go donors → in_kind (not spendable cash). */
import crypto from 'node:crypto';
import type { ActionParsed, DonationView } from '@linli/types';
import type { Executor } from '../../db/client';
import { donations } from '../../db/schema';
import { audit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { ACCOUNTS } from '../ledger/accounts';
import { transfer } from '../ledger/ledger';

type DonationInput = Omit<ActionParsed<'fund', 'recordDonation'>, 'communityId'>;
type DonationRow = typeof donations.$inferSelect;

export const ANONYMOUS = '爱心人士';

export function donationView(r: DonationRow): DonationView {
  return {
    id: r.id,
    source: r.source,
    form: r.form as DonationView['form'],
    donorName: r.publicConsent ? r.donorName : ANONYMOUS,
    amountFen: r.amountFen,
    itemsDesc: r.itemsDesc,
    evidenceUrl: r.evidenceUrl,
    createdAt: r.createdAt.toISOString(),
  };
}

/** Used by the action and by the demo seed. Must run inside a transaction. */
export async function addDonation(
  db: Executor,
  communityId: string,
  recordedBy: string,
  d: DonationInput,
  at = new Date(),
): Promise<DonationRow> {
  const id = crypto.randomUUID();
  const [row] = await db
    .insert(donations)
    .values({
      communityId,
      id,
      source: d.source,
      form: d.form,
      donorName: d.donorName,
      publicConsent: d.publicConsent,
      amountFen: d.amountFen,
      itemsDesc: d.itemsDesc ?? null,
      evidenceUrl: d.evidenceUrl ?? null,
      recordedBy,
      createdAt: at,
    })
    .returning();
  await transfer(db, {
    communityId,
    idempotencyKey: `donation:${id}`,
    unit: 'fen',
    from: ACCOUNTS.donors.id,
    to: d.form === 'cash' ? ACCOUNTS.fund.id : ACCOUNTS.inKind.id,
    amount: d.amountFen,
    code: 'donation',
    refType: 'donation',
    refId: id,
    actorUserId: recordedBy,
    at,
    memo: `${d.publicConsent ? d.donorName : ANONYMOUS}：${d.form === 'cash' ? '现金捐赠' : `物资捐赠（${d.itemsDesc ?? ''}）`}`,
  });
  return row;
}

export async function recordDonation(ctx: Ctx, input: ActionParsed<'fund', 'recordDonation'>): Promise<DonationView> {
  const { communityId, ...d } = input;
  const row = await addDonation(ctx.db, communityId, ctx.actor.userId, d, ctx.now);
  await audit(ctx.db, {
    communityId,
    actorUserId: ctx.actor.userId,
    action: 'fund.recordDonation',
    targetType: 'donation',
    targetId: row.id,
    after: { ...d },
  });
  return donationView(row);
}
