/** Staff name the 第一责任人; changing one needs a reason; sorting into 项目清单 opens the links. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { setRouterParams } from '../../../../jest/mocks/taro';
import StaffAppealPage from '@/packages/staff/pages/appeal';
import { useAppealStore } from '@/features/appeals';
import { useSessionStore } from '@/features/session';
import * as service from '@/features/appeals/services/appeals.service';
import { me, membership } from '../../fixtures';
import { signedIn } from '../../session';
import { appealDetail } from './appeal-fixtures';

jest.mock('@tarojs/components', () => ({
  ...jest.requireActual('@tarojs/components'),
  Textarea: jest.requireActual('./appeal-fixtures').Textarea,
}));
jest.mock('@/features/appeals/services/appeals.service');
const fetchDetail = service.fetchDetail as jest.MockedFunction<typeof service.fetchDetail>;
const assignees = service.fetchAssignees as jest.MockedFunction<typeof service.fetchAssignees>;
const assign = service.assignAppeal as jest.MockedFunction<typeof service.assignAppeal>;
const sort = service.sortIntoList as jest.MockedFunction<typeof service.sortIntoList>;

const staffCan = {
  accept: true,
  assign: true,
  progress: false,
  close: false,
  rate: false,
  reopen: false,
  sort: true,
  link: true,
};

beforeEach(() => {
  useAppealStore.getState().reset();
  useSessionStore.getState().reset();
  for (const m of [fetchDetail, assignees, assign, sort]) m.mockReset();
  signedIn(me({ name: '王主任', memberships: [membership({ roles: ['resident', 'staff'] })] }));
  setRouterParams({ id: 'ap-1' });
  assignees.mockResolvedValue([
    { userId: 'u-liu', name: '刘建华', roles: ['grid_worker'] },
    { userId: 'u-wang', name: '王主任', roles: ['staff'] },
  ]);
});

/** NutUI marks a disabled button by attribute or class. */
const isDisabled = (b: HTMLElement) => b.hasAttribute('disabled') || b.className.includes('disabled');

const tap = async (el: HTMLElement) => {
  await act(async () => {
    fireEvent.click(el);
  });
};

it('names a responsible person without a reason the first time', async () => {
  fetchDetail.mockResolvedValue(appealDetail({ can: staffCan }));
  assign.mockResolvedValue(
    appealDetail({ responsibleId: 'u-liu', responsibleName: '刘建华', can: staffCan }),
  );
  render(<StaffAppealPage />);
  expect(await screen.findByText('确定第一责任人')).toBeTruthy();
  await tap(await screen.findByText('刘建华'));
  await tap(screen.getByRole('button', { name: '确定责任人' }));
  expect(assign).toHaveBeenCalledWith(
    { communityId: 'bjq', appealId: 'ap-1', responsibleId: 'u-liu' },
    expect.any(String),
  );
  expect(await screen.findByText('已确定责任人')).toBeTruthy();
  expect(screen.getByText('更换第一责任人（现在：刘建华）')).toBeTruthy();
});

it('will not reassign without a reason, and sends the reason with it', async () => {
  fetchDetail.mockResolvedValue(
    appealDetail({ responsibleId: 'u-liu', responsibleName: '刘建华', can: staffCan }),
  );
  assign.mockResolvedValue(
    appealDetail({ responsibleId: 'u-wang', responsibleName: '王主任', can: staffCan }),
  );
  render(<StaffAppealPage />);
  await tap(await screen.findByText('王主任'));
  expect(isDisabled(screen.getByRole('button', { name: '确认更换' }))).toBe(true);
  await tap(screen.getByRole('button', { name: '确认更换' }));
  expect(assign).not.toHaveBeenCalled();
  fireEvent.change(screen.getByPlaceholderText('更换的原因（必填）'), { target: { value: '需要协调物业' } });
  await tap(screen.getByRole('button', { name: '确认更换' }));
  expect(assign).toHaveBeenCalledWith(
    { communityId: 'bjq', appealId: 'ap-1', responsibleId: 'u-wang', reason: '需要协调物业' },
    expect.any(String),
  );
  expect(await screen.findByText('已更换责任人')).toBeTruthy();
});

it('sorts into 项目清单, after which expenses and events can be linked', async () => {
  fetchDetail.mockResolvedValue(appealDetail({ can: staffCan }));
  sort.mockResolvedValue(appealDetail({ list: 'projects', can: staffCan }));
  render(<StaffAppealPage />);
  await screen.findByText('归入清单');
  expect(screen.queryByRole('button', { name: '关联支出或活动' })).toBeNull();
  await tap(screen.getByText('项目清单'));
  expect(sort).toHaveBeenCalledWith(
    { communityId: 'bjq', appealId: 'ap-1', list: 'projects' },
    expect.any(String),
  );
  expect(await screen.findByRole('button', { name: '关联支出或活动' })).toBeTruthy();
});
