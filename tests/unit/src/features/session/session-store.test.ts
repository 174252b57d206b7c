import Taro from '@tarojs/taro';
import { installAuthHandler, useSessionStore } from '@/features/session';
import { call, cloudSettings } from '@/lib/cloud';
import { getToken, setToken } from '@/lib/token';
import { me, membership } from '../../fixtures';

const request = Taro.request as unknown as jest.Mock;
const reply = (statusCode: number, data: unknown) => Promise.resolve({ statusCode, data, header: {} });

beforeAll(() => {
  cloudSettings.retryDelaysMs = [0, 0];
});
it('without a token (local mode) goes to the dev login page and asks the server nothing', async () => {
  await expect(useSessionStore.getState().ensure()).resolves.toBeNull();
  expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/packages/dev/pages/login/index' });
  expect(request).not.toHaveBeenCalled();
});

it('picks the remembered community when the person still belongs to it', async () => {
  setToken('t');
  Taro.setStorageSync('linli.community', 'other');
  const person = me({
    memberships: [membership(), membership({ communityId: 'other', communityName: '玉林社区' })],
  });
  request.mockReturnValue(reply(200, { ok: true, data: person }));
  const session = await useSessionStore.getState().ensure();
  expect(session?.communityId).toBe('other');
  expect(session?.membership.communityName).toBe('玉林社区');
});

it('asks the server only once when several pages wait at the same time', async () => {
  setToken('t');
  request.mockReturnValue(reply(200, { ok: true, data: me() }));
  const [a, b] = await Promise.all([
    useSessionStore.getState().ensure(),
    useSessionStore.getState().ensure(),
  ]);
  expect(a?.communityId).toBe('bjq');
  expect(b?.communityId).toBe('bjq');
  expect(request).toHaveBeenCalledTimes(1);
});

it('an expired token is forgotten and the person is sent to log in again', async () => {
  installAuthHandler();
  setToken('old');
  request.mockReturnValue(
    reply(401, { ok: false, error: { code: 'AUTH.INVALID_TOKEN', message: '登录已失效，请重新登录' } }),
  );
  await expect(call('events', 'list', { communityId: 'bjq' })).rejects.toMatchObject({
    code: 'AUTH.INVALID_TOKEN',
  });
  expect(getToken()).toBe('');
  expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/packages/dev/pages/login/index' });
});
