/** Staff record a donation; committee members decide expenses and see the server's refusals. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import DonatePage from '@/packages/fund/pages/donate';
import ApprovePage from '@/packages/fund/pages/approve';
import { CloudError } from '@/lib/cloud-error';
import { errorMessage } from '@linli/types';
import * as api from '@/features/fund/services/fund.service';
import { me, membership } from '../../fixtures';
import { signedIn } from '../../session';
import { donation, expense } from '../fixtures';

jest.mock('@/features/fund/services/fund.service');
const record = api.recordDonation as jest.MockedFunction<typeof api.recordDonation>;
const list = api.fetchExpenses as jest.MockedFunction<typeof api.fetchExpenses>;
const decide = api.decideExpense as jest.MockedFunction<typeof api.decideExpense>;

beforeEach(() => {
  for (const m of [record, list, decide]) m.mockReset();
});

it('records a named cash donation in exact fen and shows it', async () => {
  signedIn(me({ name: '王芳', memberships: [membership({ roles: ['resident', 'staff'] })] }));
  record.mockResolvedValue(donation({ amountFen: 50030 }));
  render(<DonatePage />);
  fireEvent.input(screen.getByPlaceholderText('例如：蜀香面馆'), { target: { value: '蜀香面馆' } });
  fireEvent.input(screen.getByPlaceholderText('例如 500 或 12.50'), { target: { value: '500.3' } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '登记捐赠' }));
  });
  expect(record).toHaveBeenCalledWith(
    {
      communityId: 'bjq',
      source: 'merchant',
      form: 'cash',
      donorName: '蜀香面馆',
      publicConsent: true,
      amountFen: 50030,
    },
    { requestKey: expect.any(String) },
  );
  expect(screen.getByText('捐赠已登记')).toBeTruthy();
  expect(screen.getByText('蜀香面馆 · 爱心商家 · 现金 ¥500.30')).toBeTruthy();
});

it('refuses an amount with three decimals before sending', async () => {
  signedIn(me({ memberships: [membership({ roles: ['resident', 'staff'] })] }));
  render(<DonatePage />);
  fireEvent.input(screen.getByPlaceholderText('例如：蜀香面馆'), { target: { value: '张建国' } });
  fireEvent.click(screen.getByRole('radio', { name: '不公开（显示为爱心人士）' }));
  fireEvent.input(screen.getByPlaceholderText('例如 500 或 12.50'), { target: { value: '1.234' } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '登记捐赠' }));
  });
  expect(record).not.toHaveBeenCalled();
  expect(screen.getByRole('alert').textContent).toContain('最多两位小数');
});

it('lets a committee member approve a pending expense, and shows 不能审批自己 when refused', async () => {
  signedIn(me({ name: '赵德全', memberships: [membership({ roles: ['resident', 'committee'] })] }));
  const pending = expense({
    status: 'pending',
    approvals: [],
    paidAt: null,
    purpose: '重阳敬老宴桌椅租赁',
    amountFen: 80000,
  });
  list.mockResolvedValue([pending]);
  decide.mockResolvedValueOnce({
    ...pending,
    approvals: [
      { approverName: '赵德全', decision: 'approve', note: '同意', createdAt: '2099-10-23T02:00:00Z' },
    ],
  });
  render(<ApprovePage />);
  expect(await screen.findByText('重阳敬老宴桌椅租赁')).toBeTruthy();
  expect(list).toHaveBeenCalledWith({ communityId: 'bjq', status: 'pending' });
  fireEvent.input(screen.getByPlaceholderText('例如：请补充报价单'), { target: { value: '同意' } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '同意' }));
  });
  expect(decide).toHaveBeenCalledWith(
    { communityId: 'bjq', expenseId: 'x-1', approve: true, note: '同意' },
    { requestKey: expect.any(String) },
  );
  expect(screen.getByText('已同意“重阳敬老宴桌椅租赁”（¥800.00）')).toBeTruthy();
  expect(screen.getByText('✓ 同意 · 赵德全')).toBeTruthy();

  decide.mockRejectedValueOnce(new CloudError('FUND.SELF_APPROVAL', errorMessage('FUND.SELF_APPROVAL')));
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '驳回' }));
  });
  expect(screen.getByRole('alert').textContent).toContain('不能审批自己提交的支出申请');
});
