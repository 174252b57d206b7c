/** 公示: what every resident sees about the micro-fund. */
import { render, screen, within } from '@testing-library/react';
import FundBoardPage from '@/packages/fund/pages/board';
import * as api from '@/features/fund/services/fund.service';
import { me } from '../../fixtures';
import { signedIn } from '../../session';
import { board, expense, invariants } from '../fixtures';

jest.mock('@/features/fund/services/fund.service');
const fetchBoard = api.fetchBoard as jest.MockedFunction<typeof api.fetchBoard>;

beforeEach(() => {
  fetchBoard.mockReset();
  signedIn(me());
});

it('shows the balance, totals, donors (anonymous ones as 爱心人士) and redemptions by item', async () => {
  fetchBoard.mockResolvedValue(board());
  render(<FundBoardPage />);
  const sum = await screen.findByLabelText('微基金账目');
  expect(within(sum).getByText('¥19,200.00')).toBeTruthy();
  expect(within(sum).getByText('现金捐赠（5 笔）')).toBeTruthy();
  expect(within(sum).getByText('¥25,280.50')).toBeTruthy();
  expect(within(sum).getByText('¥1,196.00')).toBeTruthy();
  expect(screen.getByText('爱心人士')).toBeTruthy();
  expect(screen.getByText(/居民 · 现金/)).toBeTruthy();
  expect(screen.getByText(/爱心商家 · 现金/)).toBeTruthy();
  expect(screen.getByText('蜀香面馆 · 兑换 1 次 · 共 80 分')).toBeTruthy();
  // The chart's exact amounts per month.
  expect(screen.getByText('收入 ¥5,280.50')).toBeTruthy();
  expect(screen.getByText('支出 ¥3,600.00')).toBeTruthy();
});

it('shows each expense with its status and every approval', async () => {
  fetchBoard.mockResolvedValue(
    board({
      expenses: [
        expense(),
        expense({
          id: 'x-2',
          purpose: '重阳敬老宴桌椅租赁',
          amountFen: 80000,
          status: 'pending',
          paidAt: null,
          approvals: [
            {
              approverName: '赵德全',
              decision: 'reject',
              note: '请补充报价单',
              createdAt: '2099-10-23T02:00:00Z',
            },
          ],
        }),
      ],
    }),
  );
  render(<FundBoardPage />);
  expect(await screen.findByText('已支付')).toBeTruthy();
  expect(screen.getByText('待审批')).toBeTruthy();
  expect(screen.getByText('✓ 同意 · 赵德全')).toBeTruthy();
  expect(screen.getByText('意见：价格合理')).toBeTruthy();
  expect(screen.getByText('✗ 驳回 · 赵德全')).toBeTruthy();
  expect(screen.getByText('意见：请补充报价单')).toBeTruthy();
  expect(screen.getAllByText('管委会审批：同意 2 / 需要 2 人')).toHaveLength(1);
});

it('shows the latest check of the books plainly, including a failed one', async () => {
  fetchBoard.mockResolvedValue(
    board({
      invariants: invariants({
        ok: false,
        checks: [{ name: 'fund', label: '基金余额不为负', ok: false, detail: '余额 -100 分' }],
      }),
    }),
  );
  render(<FundBoardPage />);
  expect(await screen.findByText('✗ 账目核对发现问题')).toBeTruthy();
  expect(screen.getByText('✗ 基金余额不为负')).toBeTruthy();
  expect(screen.getByText('余额 -100 分')).toBeTruthy();
});

it('says 尚未核对 when the books have never been checked', async () => {
  fetchBoard.mockResolvedValue(board({ invariants: null }));
  render(<FundBoardPage />);
  expect(await screen.findByText('尚未核对')).toBeTruthy();
});
