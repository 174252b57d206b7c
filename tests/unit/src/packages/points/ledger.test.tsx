/** Staff award points to a resident, after confirming, and see the new balance. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { setRouterParams } from '../../../../jest/mocks/taro';
import LedgerPage from '@/packages/points/pages/ledger';
import { parseAmount } from '@/features/points';
import { CloudError } from '@/lib/cloud-error';
import { errorMessage, type ResidentLedger } from '@linli/types';
import * as api from '@/features/points/services/points.service';
import { me, membership } from '../../fixtures';
import { signedIn } from '../../session';
import { pointsEntry } from '../fixtures';

jest.mock('@/features/points/services/points.service');
const ledger = api.fetchLedger as jest.MockedFunction<typeof api.fetchLedger>;
const adjust = api.adjustPoints as jest.MockedFunction<typeof api.adjustPoints>;

function ledgerOf(balance: number, entries = [pointsEntry()]): ResidentLedger {
  return {
    resident: {
      userId: 'u-chen',
      name: '陈静',
      estateName: '锦里小区',
      building: '6栋',
      unit: '3单元',
      phoneMasked: '138****0003',
      balance,
    },
    entries,
  };
}

beforeEach(() => {
  ledger.mockReset();
  adjust.mockReset();
  signedIn(me({ name: '王芳', memberships: [membership({ roles: ['resident', 'staff'] })] }));
  setRouterParams({ residentId: 'u-chen' });
  ledger.mockResolvedValue(ledgerOf(20));
});

const type = (placeholder: string, value: string) =>
  fireEvent.input(screen.getByPlaceholderText(placeholder), { target: { value } });

it('accepts only whole points from 1 to 10000', () => {
  expect(parseAmount('100')).toBe(100);
  for (const bad of ['0', '-5', '1.5', 'abc', '', '10001']) expect(parseAmount(bad)).toBeNull();
});

it('awards points with a reason after the confirm dialog and shows the new balance', async () => {
  adjust.mockResolvedValue(
    ledgerOf(120, [
      pointsEntry({ id: 'pe-9', amount: 100, memo: '协助布置会场', code: 'manual_award' }),
      pointsEntry(),
    ]),
  );
  render(<LedgerPage />);
  expect(await screen.findByText('锦里小区 6栋 3单元')).toBeTruthy();
  type('例如 100', '100');
  type('例如：协助重阳宴布置会场', '协助布置会场');
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '奖励积分' }));
  });
  expect(Taro.showModal).toHaveBeenCalledWith(
    expect.objectContaining({ content: expect.stringContaining('确定为 陈静 奖励 100 分吗') }),
  );
  expect(adjust).toHaveBeenCalledWith(
    'award',
    { communityId: 'bjq', residentId: 'u-chen', amount: 100, reason: '协助布置会场' },
    { requestKey: expect.any(String) },
  );
  expect(screen.getByText('已为 陈静 奖励 100 分，现有 120 分')).toBeTruthy();
  expect(screen.getByText('协助布置会场')).toBeTruthy();
});

it('does nothing when staff change their mind in the dialog', async () => {
  (Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true });
  render(<LedgerPage />);
  await screen.findByText('锦里小区 6栋 3单元');
  type('例如 100', '30');
  type('例如：协助重阳宴布置会场', '未按约定到岗');
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '扣减积分' }));
  });
  expect(adjust).not.toHaveBeenCalled();
});

it('explains a bad amount without asking the server, and shows the server refusal in Chinese', async () => {
  render(<LedgerPage />);
  await screen.findByText('锦里小区 6栋 3单元');
  type('例如 100', '0');
  type('例如：协助重阳宴布置会场', '测试');
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '扣减积分' }));
  });
  expect(screen.getByRole('alert').textContent).toContain('积分请填写 1 到 10000 之间的整数');
  expect(adjust).not.toHaveBeenCalled();

  adjust.mockRejectedValue(new CloudError('POINTS.INSUFFICIENT', errorMessage('POINTS.INSUFFICIENT')));
  type('例如 100', '50');
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '扣减积分' }));
  });
  expect(screen.getByRole('alert').textContent).toContain('积分不足');
});
