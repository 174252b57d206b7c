import Taro from '@tarojs/taro';
import { call, cloudSettings, onAuthFailure } from '@/lib/cloud';
import { CloudError } from '@/lib/cloud-error';
import { setToken } from '@/lib/token';

const request = Taro.request as unknown as jest.Mock;
const callFunction = Taro.cloud.callFunction as unknown as jest.Mock;
const g = globalThis as unknown as { LINLI_CLOUD_ENV: string };

function httpReply(statusCode: number, data: unknown) {
  return Promise.resolve({ statusCode, data, header: {}, errMsg: 'request:ok' });
}
const sentBody = (i: number) =>
  request.mock.calls[i][0].data as { action: string; data: unknown; requestKey?: string };

beforeAll(() => {
  cloudSettings.retryDelaysMs = [0, 0];
});
afterEach(() => {
  onAuthFailure(null);
  g.LINLI_CLOUD_ENV = '';
  delete process.env.TARO_ENV;
});

describe('HTTP transport', () => {
  it('posts the envelope to /fn/<function> and returns the data of an ok reply', async () => {
    request.mockReturnValueOnce(httpReply(200, { ok: true, data: [{ id: 'c1', name: '碧鸡桥社区' }] }));
    const list = await call('community', 'list', {});
    expect(list).toEqual([{ id: 'c1', name: '碧鸡桥社区' }]);
    const opts = request.mock.calls[0][0];
    expect(opts.url).toBe('http://api.test/fn/community');
    expect(opts.method).toBe('POST');
    expect(opts.data).toEqual({ action: 'list', data: {} });
  });

  it('sends the stored token as a Bearer Authorization header', async () => {
    setToken('tok-123');
    request.mockReturnValueOnce(httpReply(200, { ok: true, data: {} }));
    await call('user', 'me', {});
    expect(request.mock.calls[0][0].header.Authorization).toBe('Bearer tok-123');
  });

  it("turns an error reply (HTTP 409 with the JSON body) into a CloudError carrying the server's Chinese message", async () => {
    request.mockReturnValueOnce(
      httpReply(409, { ok: false, error: { code: 'EVENTS.FULL', message: '名额已满，本活动不设候补' } }),
    );
    const err = await call('events', 'signup', { communityId: 'c1', eventId: 'e1', partySize: 1 }).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(CloudError);
    expect(err.code).toBe('EVENTS.FULL');
    expect(err.message).toBe('名额已满，本活动不设候补');
    expect(request).toHaveBeenCalledTimes(1); // a business refusal is not retried
  });

  it('gives mutating actions a request key and reuses it on every network retry', async () => {
    request
      .mockRejectedValueOnce(new Error('request:fail timeout'))
      .mockRejectedValueOnce(new Error('request:fail'))
      .mockReturnValueOnce(httpReply(200, { ok: true, data: { id: 'r1', status: 'confirmed', seatNo: 7 } }));
    const reg = await call('events', 'signup', { communityId: 'c1', eventId: 'e1', partySize: 2 });
    expect(reg).toMatchObject({ seatNo: 7 });
    expect(request).toHaveBeenCalledTimes(3);
    const keys = [0, 1, 2].map((i) => sentBody(i).requestKey);
    expect(keys[0]).toMatch(/\S{10,}/);
    expect(new Set(keys).size).toBe(1);
  });

  it('uses the caller-given request key, and sends none for reads', async () => {
    request.mockReturnValue(httpReply(200, { ok: true, data: {} }));
    await call(
      'user',
      'join',
      { communityId: 'c1', estateId: 'e', building: '1栋', unit: '1单元', acceptPrivacy: true },
      { requestKey: 'intent-1' },
    );
    await call('events', 'list', { communityId: 'c1' });
    expect(sentBody(0).requestKey).toBe('intent-1');
    expect(sentBody(1).requestKey).toBeUndefined();
  });

  it('gives up after a few network failures with NETWORK.FAILED and a friendly message', async () => {
    request.mockRejectedValue(new Error('request:fail'));
    const err = await call('user', 'me', {}).catch((e) => e);
    expect(err).toBeInstanceOf(CloudError);
    expect(err.code).toBe('NETWORK.FAILED');
    expect(err.message).toBe('网络不太好，请稍后再试');
    expect(request).toHaveBeenCalledTimes(3);
  });

  it('treats a gateway error without a reply body as a network failure worth retrying', async () => {
    request
      .mockReturnValueOnce(httpReply(502, '<html>Bad Gateway</html>'))
      .mockReturnValueOnce(httpReply(200, { ok: true, data: { balance: 5 } }));
    await expect(call('points', 'mine', { communityId: 'c1' })).resolves.toEqual({ balance: 5 });
  });

  it('tells the session when the token is no longer valid', async () => {
    const onAuth = jest.fn();
    onAuthFailure(onAuth);
    request.mockReturnValueOnce(
      httpReply(401, { ok: false, error: { code: 'AUTH.INVALID_TOKEN', message: '登录已失效，请重新登录' } }),
    );
    await expect(call('user', 'me', {})).rejects.toMatchObject({ code: 'AUTH.INVALID_TOKEN' });
    expect(onAuth).toHaveBeenCalledTimes(1);
  });
});

describe('WeChat cloud transport', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
    g.LINLI_CLOUD_ENV = 'linli-prod-1';
  });

  it('calls the function by name with {action, data, requestKey} and reads `result`', async () => {
    callFunction.mockResolvedValueOnce({
      result: { ok: true, data: { id: 'r9', status: 'waitlisted', waitlistPosition: 3 } },
    });
    const reg = await call(
      'events',
      'signup',
      { communityId: 'c1', eventId: 'e1', partySize: 1 },
      { requestKey: 'k-1' },
    );
    expect(reg).toMatchObject({ waitlistPosition: 3 });
    expect(callFunction).toHaveBeenCalledWith({
      name: 'events',
      data: { action: 'signup', data: { communityId: 'c1', eventId: 'e1', partySize: 1 }, requestKey: 'k-1' },
    });
    expect(request).not.toHaveBeenCalled();
  });

  it('maps an error result to a CloudError and retries a failed callFunction', async () => {
    callFunction.mockRejectedValueOnce({ errMsg: 'cloud.callFunction:fail' }).mockResolvedValueOnce({
      result: {
        ok: false,
        error: { code: 'COMMUNITY.NOT_MEMBER', message: '您还不是这个社区的居民，请先加入社区' },
      },
    });
    await expect(call('community', 'home', { communityId: 'c1' })).rejects.toMatchObject({
      code: 'COMMUNITY.NOT_MEMBER',
      message: '您还不是这个社区的居民，请先加入社区',
    });
    expect(callFunction).toHaveBeenCalledTimes(2);
  });
});
