/** 我的积分 and the certificate, as 陈静 sees them. */
import { fireEvent, render, screen, within } from '@testing-library/react';
import MyPointsPage from '@/packages/points/pages/mine';
import CertificatePage from '@/packages/points/pages/certificate';
import { formatMinutes } from '@/features/points/format';
import { CloudError } from '@/lib/cloud-error';
import { errorMessage } from '@linli/types';
import * as api from '@/features/points/services/points.service';
import { me } from '../../fixtures';
import { signedIn } from '../../session';
import { certificate, pointsEntry, pointsSummary } from '../fixtures';

jest.mock('@/features/points/services/points.service');
const mine = api.fetchMyPoints as jest.MockedFunction<typeof api.fetchMyPoints>;
const cert = api.fetchCertificate as jest.MockedFunction<typeof api.fetchCertificate>;
const history = api.fetchHistory as jest.MockedFunction<typeof api.fetchHistory>;

beforeEach(() => {
  mine.mockReset();
  cert.mockReset();
  history.mockReset();
  signedIn(me({ name: '陈静', nickname: '陈静' }));
});

it('says service time in hours and minutes', () => {
  expect(formatMinutes(200)).toBe('3 小时 20 分');
  expect(formatMinutes(45)).toBe('0 小时 45 分');
  expect(formatMinutes(120)).toBe('2 小时 0 分');
});

it('shows the balance, totals, service hours and each change with its event and confirmer', async () => {
  mine.mockResolvedValue(pointsSummary());
  render(<MyPointsPage />);
  expect(await screen.findByText('120 分')).toBeTruthy();
  expect(mine).toHaveBeenCalledWith({ communityId: 'bjq' });
  expect(screen.getByText('200 分')).toBeTruthy();
  expect(screen.getByText('80 分')).toBeTruthy();
  expect(screen.getByText('3 小时 20 分')).toBeTruthy();
  expect(screen.getByText('志愿服务 2 小时')).toBeTruthy();
  expect(screen.getByText('活动：重阳敬老宴')).toBeTruthy();
  expect(screen.getByText('确认人：王芳')).toBeTruthy();
  expect(screen.getByText('+20')).toBeTruthy();
  expect(screen.getByText('兑换 牛肉面一碗')).toBeTruthy();
  expect(screen.getByText('-80')).toBeTruthy();
});

it('loads older entries page by page until there are none', async () => {
  mine.mockResolvedValue(pointsSummary({ moreCursor: 'c1' }));
  history
    .mockResolvedValueOnce({
      entries: [pointsEntry({ id: 'old-1', memo: '第一页更早的一条' })],
      nextCursor: 'c2',
    })
    .mockResolvedValueOnce({ entries: [pointsEntry({ id: 'old-2', memo: '最早的一条' })], nextCursor: null });
  render(<MyPointsPage />);
  fireEvent.click(await screen.findByText('查看更早的记录'));
  expect(await screen.findByText('第一页更早的一条')).toBeTruthy();
  expect(history).toHaveBeenLastCalledWith({ communityId: 'bjq', before: 'c1' });
  fireEvent.click(screen.getByText('查看更早的记录'));
  expect(await screen.findByText('最早的一条')).toBeTruthy();
  expect(history).toHaveBeenLastCalledWith({ communityId: 'bjq', before: 'c2' });
  expect(screen.queryByText('查看更早的记录')).toBeNull();
  expect(screen.getByText('兑换 牛肉面一碗')).toBeTruthy();
});

it('shows the server message when the points cannot be loaded', async () => {
  mine.mockRejectedValue(new CloudError('COMMUNITY.NOT_MEMBER', errorMessage('COMMUNITY.NOT_MEMBER')));
  render(<MyPointsPage />);
  expect((await screen.findByRole('alert')).textContent).toContain('您还不是这个社区的居民');
  expect(screen.getByRole('button', { name: '重新加载' })).toBeTruthy();
});

it('lays out the certificate with every record, who confirmed it and the total hours', async () => {
  cert.mockResolvedValue(certificate());
  render(<CertificatePage />);
  const doc = await screen.findByLabelText('志愿服务记录证明');
  const d = within(doc);
  expect(d.getByText('志愿服务记录证明')).toBeTruthy();
  expect(d.getByText('编号：BJQ-2099-000123')).toBeTruthy();
  expect(d.getByText('陈静', { selector: '.pts-cert__holder' })).toBeTruthy();
  const rows = d.getAllByRole('row');
  // header + 2 records + total
  expect(rows).toHaveLength(4);
  expect(within(rows[1]).getByText('重阳敬老宴')).toBeTruthy();
  expect(within(rows[1]).getByText('2099-10-29')).toBeTruthy();
  expect(within(rows[1]).getByText('引导员')).toBeTruthy();
  expect(within(rows[1]).getByText('2 小时 30 分')).toBeTruthy();
  expect(within(rows[1]).getByText('王芳')).toBeTruthy();
  expect(within(rows[2]).getByText('杨书记')).toBeTruthy();
  expect(within(rows[3]).getByText('4 小时 0 分')).toBeTruthy();
  expect(d.getByText('组织单位：碧鸡桥社区（谁组织谁记录）')).toBeTruthy();
  expect(d.getByText('开具日期：2099年11月10日')).toBeTruthy();
});
