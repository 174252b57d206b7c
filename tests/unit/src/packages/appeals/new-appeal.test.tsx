/** 有事找社区: category → photo → 提交, words optional; what is missing said in words; one key per appeal. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import NewAppealPage from '@/packages/appeals/pages/new';
import { useNewAppealStore } from '@/features/appeals';
import { useSessionStore } from '@/features/session';
import { CloudError } from '@/lib/cloud-error';
import * as service from '@/features/appeals/services/appeals.service';
import * as photos from '@/features/appeals/services/photos';
import { signedIn } from '../../session';
import { askConsent } from '@/lib/notice-consent';
import { appealDetail, categories } from './appeal-fixtures';

jest.mock('@tarojs/components', () => ({
  ...jest.requireActual('@tarojs/components'),
  Textarea: jest.requireActual('./appeal-fixtures').Textarea,
}));
jest.mock('@/features/appeals/services/appeals.service');
jest.mock('@/features/appeals/services/photos');
jest.mock('@/lib/notice-consent', () => ({ askConsent: jest.fn(async () => []) }));
const fetchCategories = service.fetchCategories as jest.MockedFunction<typeof service.fetchCategories>;
const submitAppeal = service.submitAppeal as jest.MockedFunction<typeof service.submitAppeal>;
const pick = photos.pickAndUpload as jest.MockedFunction<typeof photos.pickAndUpload>;

beforeEach(() => {
  useNewAppealStore.getState().reset();
  useSessionStore.getState().reset();
  for (const m of [fetchCategories, submitAppeal, pick]) m.mockReset();
  signedIn();
  fetchCategories.mockResolvedValue(categories);
  pick.mockResolvedValue([{ fileId: 'file-1', url: 'blob:photo-1' }]);
});

const tap = async (el: HTMLElement) => {
  await act(async () => {
    fireEvent.click(el);
  });
};

it('files an appeal with a photo in three taps on the page, at the resident’s own building, name not public', async () => {
  submitAppeal.mockResolvedValue(appealDetail());
  render(<NewAppealPage />);
  expect(await screen.findByText('锦绣苑 3栋（您住的楼）')).toBeTruthy();
  await tap(screen.getByText('基础设施'));
  await tap(screen.getByRole('button', { name: /添加照片/ }));
  expect(pick).toHaveBeenCalledWith({ communityId: 'bjq', purpose: 'appeal_photo', count: 6 });
  expect(screen.getByLabelText('照片 1')).toBeTruthy();
  await tap(screen.getByRole('button', { name: '提交' }));
  expect(submitAppeal).toHaveBeenCalledWith(
    { communityId: 'bjq', categoryId: 'cat-infra', words: '', namePublic: false, photos: ['file-1'] },
    expect.any(String),
  );
  // WeChat consent for the answer is asked at the 提交 tap, before the appeal goes out.
  expect(askConsent).toHaveBeenCalledWith('bjq', ['appeal_closed']);
  expect((askConsent as jest.Mock).mock.invocationCallOrder[0]).toBeLessThan(submitAppeal.mock.invocationCallOrder[0]);
  expect(await screen.findByText('已经提交，谢谢您')).toBeTruthy();
  expect(screen.getByText(/已交给第3网格的网格员/)).toBeTruthy();
});

it('says what is missing before sending, and sends the words and the name switch', async () => {
  submitAppeal.mockResolvedValue(appealDetail());
  render(<NewAppealPage />);
  await screen.findByText('基础设施');
  await tap(screen.getByRole('button', { name: '提交' }));
  expect(screen.getByRole('alert').textContent).toContain('请先选一个类别');
  await tap(screen.getByText('环境卫生'));
  await tap(screen.getByRole('button', { name: '提交' }));
  expect(screen.getByRole('alert').textContent).toContain('请写几句话、拍张照片或者录一段语音');
  expect(submitAppeal).not.toHaveBeenCalled();
  fireEvent.change(screen.getByPlaceholderText(/楼道的灯坏了/), { target: { value: ' 垃圾桶满了 ' } });
  await tap(screen.getByRole('switch', { name: '愿意公开我的姓名' }));
  await tap(screen.getByRole('button', { name: '提交' }));
  expect(submitAppeal).toHaveBeenCalledWith(
    { communityId: 'bjq', categoryId: 'cat-env', words: '垃圾桶满了', namePublic: true },
    expect.any(String),
  );
});

it('retries a lost submission under the same request key, and a changed appeal gets a new one', async () => {
  submitAppeal.mockRejectedValueOnce(new CloudError('NETWORK.FAILED', '网络不太好，请稍后再试'));
  submitAppeal.mockRejectedValueOnce(new CloudError('NETWORK.FAILED', '网络不太好，请稍后再试'));
  submitAppeal.mockResolvedValueOnce(appealDetail());
  render(<NewAppealPage />);
  await tap(await screen.findByText('基础设施'));
  await tap(screen.getByRole('button', { name: /添加照片/ }));
  await tap(screen.getByRole('button', { name: '提交' }));
  expect(screen.getByRole('alert').textContent).toContain('网络不太好');
  await tap(screen.getByRole('button', { name: '提交' }));
  const [first, second] = submitAppeal.mock.calls.map((c) => c[1]);
  expect(second).toBe(first);
  await tap(screen.getByText('环境卫生'));
  await tap(screen.getByRole('button', { name: '提交' }));
  expect(submitAppeal.mock.calls[2][1]).not.toBe(first);
  expect(await screen.findByText('已经提交，谢谢您')).toBeTruthy();
});
