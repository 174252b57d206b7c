import type { ReactNode } from 'react';
import type { ExpenseStatus, ExpenseView } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { formatDateTime, formatFen } from '@/lib/format';

export const EXPENSE_LABELS: Record<ExpenseStatus, string> = {
  pending: '待审批',
  approved: '已批准',
  rejected: '已驳回',
  paid: '已支付',
};

export function ExpenseBadge({ status }: { status: ExpenseStatus }) {
  return <Text className={`badge mf-exp--${status}`}>{EXPENSE_LABELS[status]}</Text>;
}

/** An expense with its status and every committee decision on it; `children` adds the buttons. */
export function ExpenseCard({ expense, children }: { expense: ExpenseView; children?: ReactNode }) {
  const approvals = expense.approvals.filter((a) => a.decision === 'approve').length;
  return (
    <View className="card mf-expense">
      <View className="mf-row">
        <Text className="mf-expense__amount">{formatFen(expense.amountFen)}</Text>
        <ExpenseBadge status={expense.status} />
      </View>
      <Text className="mf-expense__purpose">{expense.purpose}</Text>
      {expense.eventTitle ? <Text className="mf-text">关联活动：{expense.eventTitle}</Text> : null}
      <Text className="mf-text">
        申请人：{expense.requestedByName} · {formatDateTime(expense.createdAt)}
      </Text>
      <Text className="mf-text">
        管委会审批：同意 {approvals} / 需要 {expense.approvalsRequired} 人
      </Text>
      {expense.approvals.map((a, i) => (
        <View key={`${a.approverName}-${i}`} className="mf-approval">
          <Text className={a.decision === 'approve' ? 'mf-approval__who mf-ok' : 'mf-approval__who mf-bad'}>
            {a.decision === 'approve' ? '✓ 同意' : '✗ 驳回'} · {a.approverName}
          </Text>
          <Text className="mf-text">{formatDateTime(a.createdAt)}</Text>
          {a.note ? <Text className="mf-text">意见：{a.note}</Text> : null}
        </View>
      ))}
      {expense.paidAt ? <Text className="mf-text">支付时间：{formatDateTime(expense.paidAt)}</Text> : null}
      {expense.evidenceUrl ? <Text className="mf-text mf-url">凭证：{expense.evidenceUrl}</Text> : null}
      {children}
    </View>
  );
}
