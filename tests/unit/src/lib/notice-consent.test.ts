/** 订阅消息: kinds that share a template (the appeal notices) are one prompt and one reported consent. */
import Taro from '@tarojs/taro';
import { askConsent } from '@/lib/notice-consent';
import { call } from '@/lib/cloud';

jest.mock('@/lib/cloud', () => ({ call: jest.fn() }));
const report = call as jest.MockedFunction<typeof call>;
const prompt = jest.fn();
const g = globalThis as unknown as Record<string, string>;
const env = process.env.TARO_ENV;

beforeEach(() => {
  process.env.TARO_ENV = 'weapp';
  (Taro as unknown as Record<string, unknown>).requestSubscribeMessage = prompt;
  prompt.mockReset();
  report.mockReset();
  g.LINLI_TMPL_APPEAL = 'tmpl-appeal';
  g.LINLI_TMPL_REDEMPTION = 'tmpl-redeem';
});
afterEach(() => {
  process.env.TARO_ENV = env;
  g.LINLI_TMPL_APPEAL = '';
  g.LINLI_TMPL_REDEMPTION = '';
});

it('asks for the appeal template once and reports the one kind accepted', async () => {
  prompt.mockResolvedValue({ 'tmpl-appeal': 'accept', errMsg: 'requestSubscribeMessage:ok' });
  const accepted = await askConsent('bjq', ['appeal_closed', 'appeal_overdue', 'redemption_ready']);
  expect(prompt).toHaveBeenCalledWith({ tmplIds: ['tmpl-appeal', 'tmpl-redeem'], entityIds: [] });
  expect(accepted).toEqual(['appeal_closed']);
  expect(report).toHaveBeenCalledWith('notices', 'consent', { communityId: 'bjq', kinds: ['appeal_closed'] });
});

it('reports nothing when the person refuses, and never asks without a template or outside WeChat', async () => {
  prompt.mockResolvedValue({ 'tmpl-appeal': 'reject' });
  expect(await askConsent('bjq', ['appeal_closed'])).toEqual([]);
  expect(report).not.toHaveBeenCalled();
  g.LINLI_TMPL_APPEAL = '';
  prompt.mockClear();
  expect(await askConsent('bjq', ['appeal_closed'])).toEqual([]);
  process.env.TARO_ENV = 'h5';
  g.LINLI_TMPL_APPEAL = 'tmpl-appeal';
  expect(await askConsent('bjq', ['appeal_closed'])).toEqual([]);
  expect(prompt).not.toHaveBeenCalled();
});
