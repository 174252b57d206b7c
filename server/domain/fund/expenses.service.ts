/**
 * Spending from the fund: staff request, the committee approves N-of-M above the community's
 * threshold (nobody approves their own request, one decision each, any rejection rejects), then staff
 * pay. Paying locks the fund first, can never take it below zero and must leave the points covered.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { ActionParsed, ApprovalDecision, ExpenseStatus, ExpenseView } from '@linli/types';
import { bare, query } from '../../db/query';
import { events, expenseApprovals, expenses, users } from '../../db/schema';
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
    sql`select x.${bare(expenses.id)}, x.${bare(expenses.amountFen)}, x.${bare(expenses.purpose)}, e.${bare(events.title)} as event_title, x.${bare(expenses.evidenceUrl)}, x.${bare(expenses.status)}, x.${bare(expenses.approvalsRequired)},
        coalesce(u.${bare(users.name)}, u.${bare(users.nickname)}) as requester, x.${bare(expenses.paidAt)}, x.${bare(expenses.createdAt)},
        (select json_agg(json_build_object('approverName', coalesce(a.${bare(users.name)}, a.${bare(users.nickname)}), 'decision', p.${bare(expenseApprovals.decision)},
            'note', p.${bare(expenseApprovals.note)}, 'createdAt', p.${bare(expenseApprovals.createdAt)}) order by p.${bare(expenseApprovals.createdAt)})
          from ${expenseApprovals} p join ${users} a on a.${bare(users.id)} = p.${bare(expenseApprovals.approverUserId)}
          where p.${bare(expenseApprovals.communityId)} = x.${bare(expenses.communityId)} and p.${bare(expenseApprovals.expenseId)} = x.${bare(expenses.id)}) as approvals
      from ${expenses} x join ${users} u on u.${bare(users.id)} = x.${bare(expenses.requestedBy)}
      left join ${events} e on e.${bare(events.communityId)} = x.${bare(expenses.communityId)} and e.${bare(events.id)} = x.${bare(expenses.eventId)}
      where x.${bare(expenses.communityId)} = ${communityId}
        ${opts.id ? sql`and x.${bare(expenses.id)} = ${opts.id}` : sql``}
        ${opts.status ? sql`and x.${bare(expenses.status)} = ${opts.status}` : sql``}
      order by x.${bare(expenses.createdAt)} desc limit 200`,
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
    sql`select count(*)::int as approvals from ${expenseApprovals}
      where ${expenseApprovals.communityId} = ${input.communityId} and ${expenseApprovals.expenseId} = ${x.id} and ${expenseApprovals.decision} = 'approve'`,
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
    sql`select count(*)::int as approvals from ${expenseApprovals} p
      where p.${bare(expenseApprovals.communityId)} = ${input.communityId} and p.${bare(expenseApprovals.expenseId)} = ${x.id} and p.${bare(expenseApprovals.decision)} = 'approve'
        and p.${bare(expenseApprovals.approverUserId)} <> ${x.requestedBy}`,
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

