/**
 * Spending from the fund: staff request, the committee approves N-of-M above the community's
 * threshold (nobody approves their own request, one decision each, any rejection rejects), then staff
 * pay. Paying locks the fund first, can never take it below zero and must leave the points covered.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { ActionParsed, ApprovalDecision, ExpenseStatus, ExpenseView } from '@linli/types';
import { query } from '../../db/query';
import { expenseApprovals, expenses } from '../../db/schema';
import { AppError, fail, isUniqueViolation } from '../shared/app-error';
import { audit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import type { Executor } from '../../db/client';
import { ACCOUNTS } from '../ledger/accounts';
import { transfer } from '../ledger/ledger';
import { assertCovered, lockFund } from '../ledger/coverage';
import { rulesAt } from '../admin/rules';
import { findEvent } from '../events/events.repository';

export async function expenseViews(db: Executor, communityId: string, opts: { id?: string; status?: string } = {}) {
  const rows = await query<{
    id: string;
    amount_fen: string;
    purpose: string;
    event_title: string | null;
    evidence_url: string | null;
    status: ExpenseStatus;
    approvals_required: number;
    requester: string;
    paid_at: Date | null;
    created_at: Date;
    approvals: { approverName: string; decision: ApprovalDecision; note: string | null; createdAt: string }[] | null;
  }>(
    db,
    sql`select x.id, x.amount_fen, x.purpose, e.title as event_title, x.evidence_url, x.status, x.approvals_required,
        coalesce(u.name, u.nickname) as requester, x.paid_at, x.created_at,
        (select json_agg(json_build_object('approverName', coalesce(a.name, a.nickname), 'decision', p.decision,
            'note', p.note, 'createdAt', p.created_at) order by p.created_at)
          from expense_approvals p join users a on a.id = p.approver_user_id
          where p.community_id = x.community_id and p.expense_id = x.id) as approvals
      from expenses x join users u on u.id = x.requested_by
      left join events e on e.community_id = x.community_id and e.id = x.event_id
      where x.community_id = ${communityId}
        ${opts.id ? sql`and x.id = ${opts.id}` : sql``}
        ${opts.status ? sql`and x.status = ${opts.status}` : sql``}
      order by x.created_at desc limit 200`,
  );
  return rows.map(
    (r): ExpenseView => ({
      id: r.id,
      amountFen: Number(r.amount_fen),
      purpose: r.purpose,
      eventTitle: r.event_title,
      evidenceUrl: r.evidence_url,
      status: r.status,
      approvalsRequired: r.approvals_required,
      approvals: (r.approvals ?? []).map((a) => ({ ...a, createdAt: new Date(a.createdAt).toISOString() })),
      requestedByName: r.requester,
      paidAt: r.paid_at ? new Date(r.paid_at).toISOString() : null,
      createdAt: new Date(r.created_at).toISOString(),
    }),
  );
}

async function one(ctx: Ctx, communityId: string, id: string): Promise<ExpenseView> {
  const [v] = await expenseViews(ctx.db, communityId, { id });
  if (!v) fail('FUND.EXPENSE_NOT_FOUND');
  return v;
}

export async function requestExpense(ctx: Ctx, input: ActionParsed<'fund', 'requestExpense'>): Promise<ExpenseView> {
  if (input.eventId && !(await findEvent(ctx.db, input.communityId, input.eventId))) fail('EVENTS.NOT_FOUND');
  // The rules in force now are copied onto the expense: a later change of rules never reaches it.
  const rules = await rulesAt(ctx.db, input.communityId, ctx.now);
  const required = input.amountFen >= rules.approvalThresholdFen ? rules.approvalsRequired : 0;
  const [row] = await ctx.db
    .insert(expenses)
    .values({
      communityId: input.communityId,
      amountFen: input.amountFen,
      purpose: input.purpose,
      eventId: input.eventId ?? null,
      evidenceUrl: input.evidenceUrl ?? null,
      status: required === 0 ? 'approved' : 'pending',
      approvalsRequired: required,
      requestedBy: ctx.actor.userId,
      createdAt: ctx.now,
    })
    .returning({ id: expenses.id });
  await audit(ctx.db, {
    communityId: input.communityId,
    actorUserId: ctx.actor.userId,
    action: 'fund.requestExpense',
    targetType: 'expense',
    targetId: row.id,
    after: { amountFen: input.amountFen, purpose: input.purpose, approvalsRequired: required },
  });
  return one(ctx, input.communityId, row.id);
}

export async function decideExpense(ctx: Ctx, input: ActionParsed<'fund', 'decideExpense'>): Promise<ExpenseView> {
  const [x] = await ctx.db
    .select()
    .from(expenses)
    .where(and(eq(expenses.communityId, input.communityId), eq(expenses.id, input.expenseId)))
    .for('update');
  if (!x) fail('FUND.EXPENSE_NOT_FOUND');
  if (x.requestedBy === ctx.actor.userId) fail('FUND.SELF_APPROVAL');
  if (x.status !== 'pending') fail('FUND.EXPENSE_CLOSED');
  try {
    await ctx.db.insert(expenseApprovals).values({
      communityId: input.communityId,
      expenseId: x.id,
      approverUserId: ctx.actor.userId,
      decision: input.approve ? 'approve' : 'reject',
      note: input.note ?? null,
      createdAt: ctx.now,
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('FUND.ALREADY_DECIDED');
    throw err;
  }
  const [{ approvals }] = await query<{ approvals: number }>(
    ctx.db,
    sql`select count(*)::int as approvals from expense_approvals
      where community_id = ${input.communityId} and expense_id = ${x.id} and decision = 'approve'`,
  );
  const status = !input.approve ? 'rejected' : approvals >= x.approvalsRequired ? 'approved' : 'pending';
  if (status !== x.status) {
    await ctx.db.update(expenses).set({ status }).where(and(eq(expenses.communityId, input.communityId), eq(expenses.id, x.id)));
  }
  await audit(ctx.db, {
    communityId: input.communityId,
    actorUserId: ctx.actor.userId,
    action: input.approve ? 'fund.approveExpense' : 'fund.rejectExpense',
    targetType: 'expense',
    targetId: x.id,
    before: { status: x.status },
    after: { status, approvals, note: input.note ?? null },
  });
  return one(ctx, input.communityId, x.id);
}

export async function payExpense(ctx: Ctx, input: ActionParsed<'fund', 'payExpense'>): Promise<ExpenseView> {
  await lockFund(ctx.db, input.communityId);
  const [x] = await ctx.db
    .select()
    .from(expenses)
    .where(and(eq(expenses.communityId, input.communityId), eq(expenses.id, input.expenseId)))
    .for('update');
  if (!x) fail('FUND.EXPENSE_NOT_FOUND');
  if (x.status === 'paid' || x.status === 'rejected') fail('FUND.EXPENSE_CLOSED');
  // Counted again here, from the approval rows, rather than trusting the status column alone.
  const [{ approvals }] = await query<{ approvals: number }>(
    ctx.db,
    sql`select count(*)::int as approvals from expense_approvals p
      where p.community_id = ${input.communityId} and p.expense_id = ${x.id} and p.decision = 'approve'
        and p.approver_user_id <> ${x.requestedBy}`,
  );
  if (x.status !== 'approved' || approvals < x.approvalsRequired) fail('FUND.NOT_APPROVED');
  await transfer(ctx.db, {
    communityId: input.communityId,
    idempotencyKey: `expense:${x.id}`,
    unit: 'fen',
    from: ACCOUNTS.fund.id,
    to: ACCOUNTS.expenses.id,
    amount: x.amountFen,
    code: 'expense',
    refType: 'expense',
    refId: x.id,
    actorUserId: ctx.actor.userId,
    memo: x.purpose,
    at: ctx.now,
  });
  await assertCovered(ctx.db, input.communityId);
  await ctx.db
    .update(expenses)
    .set({ status: 'paid', paidBy: ctx.actor.userId, paidAt: ctx.now })
    .where(and(eq(expenses.communityId, input.communityId), eq(expenses.id, x.id)));
  await audit(ctx.db, {
    communityId: input.communityId,
    actorUserId: ctx.actor.userId,
    action: 'fund.payExpense',
    targetType: 'expense',
    targetId: x.id,
    before: { status: x.status },
    after: { status: 'paid', amountFen: x.amountFen },
  });
  return one(ctx, input.communityId, x.id);
}

export async function list(ctx: Ctx, input: ActionParsed<'fund', 'expenses'>): Promise<ExpenseView[]> {
  return expenseViews(ctx.db, input.communityId, { status: input.status });
}

