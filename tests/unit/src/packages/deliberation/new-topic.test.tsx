/** 发起议题: who takes part (全社区, or chosen 小区 and 楼栋), photos, its source and 议事会, one request key per topic. */
import Taro from '@tarojs/taro';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { EstateBrief, TopicDetail, UploadedFile } from '@linli/types';
import NewTopicPage from '@/packages/deliberation/pages/new';
import { useNewTopicStore } from '@/features/deliberation';
import * as api from '@/features/deliberation/services/deliberation.service';
import { CloudError } from '@/lib/cloud-error';
import { chooseAndUpload } from '@/lib/upload';
import { setRouterParams } from '../../../../jest/mocks/taro';
import { eventSummary, me, membership } from '../../fixtures';
import { appealDetail } from '../appeals/appeal-fixtures';
import { signedIn } from '../../session';

jest.mock('@/features/deliberation/services/deliberation.service');
jest.mock('@/lib/upload', () => ({ ...jest.requireActual('@/lib/upload'), chooseAndUpload: jest.fn() }));
const fetchEstates = api.fetchEstates as jest.MockedFunction<typeof api.fetchEstates>;
const createTopic = api.createTopic as jest.MockedFunction<typeof api.createTopic>;
const fetchStaffEvents = api.fetchStaffEvents as jest.MockedFunction<typeof api.fetchStaffEvents>;
const fetchSourceAppeals = api.fetchSourceAppeals as jest.MockedFunction<typeof api.fetchSourceAppeals>;
const upload = chooseAndUpload as jest.MockedFunction<typeof chooseAndUpload>;

const estates: EstateBrief[] = [
  { id: 'est-1', name: '锦绣苑', buildings: ['1栋', '3栋'] },
  { id: 'est-2', name: '阳光里', buildings: ['A座', 'B座'] },
  { id: 'est-3', name: '和平院', buildings: [] },
];
const created = { id: 'topic-1' } as TopicDetail;

beforeEach(() => {
  for (const m of [fetchEstates, fetchStaffEvents, fetchSourceAppeals, createTopic, upload]) m.mockReset();
  useNewTopicStore.getState().reset();
  signedIn(me({ memberships: [membership({ roles: ['resident', 'staff'] })] }));
  fetchEstates.mockResolvedValue(estates);
  const row = (id: string, title: string, status: 'draft' | 'published' | 'finished') => ({
    ...eventSummary({ id, title, status }),
    confirmedCount: 0,
    waitlistedCount: 0,
  });
  fetchStaffEvents.mockResolvedValue([
    row('ev-meet', '垃圾房议事会', 'published'),
    row('ev-old', '去年的议事会', 'finished'),
  ]);
  fetchSourceAppeals.mockImplementation(async (_c, source) =>
    source === 'project'
      ? [appealDetail({ id: 'ap-proj', words: '加装电梯', list: 'projects' })]
      : [appealDetail({ id: 'ap-door', words: '垃圾房门锈了' })],
  );
});

const tap = async (el: HTMLElement) => {
  await act(async () => {
    fireEvent.click(el);
  });
};
const type = (box: HTMLElement, value: string) => fireEvent.input(box, { target: { value } });

/** Title and two options typed in. */
async function fillIn() {
  render(<NewTopicPage />);
  await act(async () => {});
  const boxes = screen.getAllByRole('textbox');
  type(boxes[0], '垃圾房门刷什么颜色');
  type(boxes[2], '墨绿');
  type(boxes[3], '米白');
}
/** NutUI marks a disabled button by attribute or class. */
const isDisabled = (b: HTMLElement) => b.hasAttribute('disabled') || b.className.includes('disabled');
const submit = () => screen.getByRole('button', { name: /^发起/ });

it('sends two chosen estates, one with a chosen building, as the scope — with the background and option photos', async () => {
  createTopic.mockResolvedValue(created);
  const photo = (n: number): UploadedFile => ({
    fileId: `00000000-0000-4000-8000-00000000000${n}`,
    url: `/files/${n}`,
  });
  upload.mockResolvedValueOnce([photo(1), photo(2)]).mockResolvedValueOnce([photo(3)]);
  await fillIn();
  expect(fetchEstates).toHaveBeenCalledWith('bjq');
  // 全社区 is the default; the estates show only after choosing 选择小区、楼栋.
  expect(screen.getByRole('radio', { name: '全社区' }).getAttribute('aria-checked')).toBe('true');
  expect(screen.queryByRole('checkbox', { name: '锦绣苑' })).toBeNull();
  await tap(screen.getByRole('radio', { name: '选择小区、楼栋' }));
  expect(isDisabled(submit())).toBe(true);
  await tap(submit());
  expect(createTopic).not.toHaveBeenCalled();
  expect(screen.getByText('请至少选一个小区，或者改回全社区')).toBeTruthy();
  await tap(screen.getByRole('checkbox', { name: '锦绣苑' }));
  await tap(screen.getByRole('checkbox', { name: '阳光里' }));
  await tap(screen.getByRole('checkbox', { name: 'B座' }));
  expect(screen.getByRole('checkbox', { name: 'B座' }).getAttribute('aria-checked')).toBe('true');

  await tap(screen.getByText('添加背景照片'));
  expect(upload).toHaveBeenLastCalledWith(
    expect.objectContaining({ communityId: 'bjq', purpose: 'topic_photo', count: 6 }),
  );
  await tap(screen.getByText('选项 2 配照片（可不加）'));
  expect(upload).toHaveBeenLastCalledWith(expect.objectContaining({ purpose: 'topic_photo', count: 1 }));

  expect(submit().textContent).toContain('发起（面向锦绣苑、阳光里（B座））');
  await tap(submit());
  expect(createTopic).toHaveBeenCalledTimes(1);
  const [input, options] = createTopic.mock.calls[0];
  expect(input).toMatchObject({
    communityId: 'bjq',
    kind: 'deliberation',
    title: '垃圾房门刷什么颜色',
    source: 'staff',
    scope: [{ estateId: 'est-1' }, { estateId: 'est-2', buildings: ['B座'] }],
    photos: [photo(1).fileId, photo(2).fileId],
    options: [{ label: '墨绿' }, { label: '米白', photoFileId: photo(3).fileId }],
  });
  expect(input.scope[0]).not.toHaveProperty('buildings');
  expect(options).toEqual({ requestKey: expect.any(String) });
  expect(Taro.redirectTo).toHaveBeenCalledWith({ url: expect.stringContaining('topic-1') });
});

it('sends an empty scope for the whole community, also after an estate was chosen and 全社区 chosen again', async () => {
  createTopic.mockResolvedValue(created);
  await fillIn();
  await tap(screen.getByRole('radio', { name: '选择小区、楼栋' }));
  await tap(screen.getByRole('checkbox', { name: '和平院' }));
  await tap(screen.getByRole('radio', { name: '全社区' }));
  expect(submit().textContent).toContain('发起（面向全社区）');
  await tap(submit());
  expect(createTopic.mock.calls[0][0].scope).toEqual([]);
  expect(createTopic.mock.calls[0][0]).not.toHaveProperty('photos');
});

it('retries a lost create under the same request key; a changed scope is a new topic with a new key', async () => {
  createTopic.mockRejectedValueOnce(new CloudError('NETWORK.FAILED', '网络不太好，请稍后再试'));
  createTopic.mockRejectedValueOnce(new CloudError('NETWORK.FAILED', '网络不太好，请稍后再试'));
  createTopic.mockResolvedValueOnce(created);
  await fillIn();
  await tap(screen.getByRole('radio', { name: '选择小区、楼栋' }));
  await tap(screen.getByRole('checkbox', { name: '锦绣苑' }));
  await tap(submit());
  expect(screen.getByRole('alert').textContent).toContain('网络不太好');
  // The second tap comes later: another opening time, the same intent.
  await new Promise((r) => setTimeout(r, 5));
  await tap(submit());
  const [first, second] = createTopic.mock.calls;
  expect(second[0].opensAt).not.toBe(first[0].opensAt);
  expect(second[1].requestKey).toBe(first[1].requestKey);
  await tap(screen.getByRole('checkbox', { name: '3栋' }));
  await tap(submit());
  const third = createTopic.mock.calls[2];
  expect(third[0].scope).toEqual([{ estateId: 'est-1', buildings: ['3栋'] }]);
  expect(third[1].requestKey).not.toBe(first[1].requestKey);
  expect(Taro.redirectTo).toHaveBeenCalledWith({ url: expect.stringContaining('topic-1') });
});

it('sends the appeal it came from and the 议事会 event chosen from lists; a finished event is not offered', async () => {
  createTopic.mockResolvedValue(created);
  await fillIn();
  await tap(screen.getByRole('radio', { name: '居民诉求' }));
  expect(fetchSourceAppeals).toHaveBeenLastCalledWith('bjq', 'appeal');
  expect(isDisabled(submit())).toBe(true);
  await tap(screen.getByRole('radio', { name: /垃圾房门锈了/ }));
  await tap(screen.getByRole('radio', { name: '关联一个活动' }));
  expect(screen.queryByText('去年的议事会')).toBeNull();
  await tap(screen.getByRole('radio', { name: /垃圾房议事会/ }));
  await tap(submit());
  expect(createTopic.mock.calls[0][0]).toMatchObject({
    source: 'appeal',
    sourceId: 'ap-door',
    meetingEventId: 'ev-meet',
    scope: [],
  });
});

it('starts from an appeal’s page with ?source=project&sourceId=, and 社区发起 sends no source id', async () => {
  createTopic.mockResolvedValue(created);
  setRouterParams({ source: 'project', sourceId: 'ap-proj' });
  await fillIn();
  expect(fetchSourceAppeals).toHaveBeenCalledWith('bjq', 'project');
  expect(screen.getByRole('radio', { name: /加装电梯/ }).getAttribute('aria-checked')).toBe('true');
  await tap(screen.getByRole('radio', { name: '社区发起' }));
  await tap(submit());
  const input = createTopic.mock.calls[0][0];
  expect(input.source).toBe('staff');
  expect(input).not.toHaveProperty('sourceId');
  expect(input).not.toHaveProperty('meetingEventId');
});

it('says when the estates could not be read and reads them again on 再试一次', async () => {
  fetchEstates.mockReset();
  fetchEstates.mockRejectedValueOnce(new CloudError('NETWORK.FAILED', '网络不太好，请稍后再试'));
  fetchEstates.mockResolvedValueOnce(estates);
  await fillIn();
  expect(screen.getByRole('alert').textContent).toContain('小区和活动没有取到');
  await tap(screen.getByRole('button', { name: '再试一次' }));
  expect(fetchEstates).toHaveBeenCalledTimes(2);
  await tap(screen.getByRole('radio', { name: '选择小区、楼栋' }));
  expect(screen.getByRole('checkbox', { name: '锦绣苑' })).toBeTruthy();
});
