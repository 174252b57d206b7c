/** 电脑登录: the PC's QR page polls until confirmed and keeps the PcSession token; the phone confirms and signs PCs out. */
import Taro from '@tarojs/taro';
import { act, fireEvent, render, screen } from '@testing-library/react';
import DeskLoginPage from '@/packages/desk/pages/login';
import PcSessionsPage from '@/packages/account/pages/pc';
import { parsePcChallenge, useDeskLoginStore, usePcSessionsStore } from '@/features/pc-login';
import * as service from '@/features/pc-login/services/pc-login.service';
import * as session from '@/features/session/services/session.service';
import { CloudError } from '@/lib/cloud-error';
import { useSessionStore } from '@/features/session';
import { authHeader, clearToken } from '@/lib/token';
import { me } from '../fixtures';
import { signedIn } from '../session';

jest.mock('@/features/pc-login/services/pc-login.service');
jest.mock('@/features/session/services/session.service');
const m = service as jest.Mocked<typeof service>;
const fetchMe = session.fetchMe as jest.MockedFunction<typeof session.fetchMe>;

const CH = 'a'.repeat(43);
const challenge = { challengeId: 'c1', challenge: CH, expiresAt: '2026-12-02T08:00:00Z', qrDataUrl: 'data:image/png;base64,AAAA' };
const pc = { id: 's1', userAgent: 'Chrome on Windows', confirmedAt: '2026-12-02T01:00:00Z', expiresAt: '2026-12-02T09:00:00Z' };

beforeEach(() => {
  for (const f of [m.newChallenge, m.pollChallenge, m.confirmPcLogin, m.fetchPcSessions, m.endPcSession, fetchMe]) f.mockReset();
  useDeskLoginStore.getState().stop();
  usePcSessionsStore.getState().reset();
  clearToken();
});

describe('on the PC', () => {
  afterEach(() => jest.useRealTimers());

  it('shows the QR, polls every 2 s, then keeps the PcSession token and enters the app', async () => {
    jest.useFakeTimers();
    m.newChallenge.mockResolvedValue(challenge);
    m.pollChallenge.mockResolvedValueOnce({ status: 'waiting' }).mockResolvedValueOnce({ status: 'ok', token: 'tok-1', expiresAt: pc.expiresAt });
    fetchMe.mockResolvedValue(me());
    render(<DeskLoginPage />);
    await act(async () => undefined);
    expect(screen.getByLabelText('电脑登录二维码').getAttribute('src')).toBe(challenge.qrDataUrl);
    expect(m.pollChallenge).not.toHaveBeenCalled();
    await act(async () => void jest.advanceTimersByTime(2000));
    expect(m.pollChallenge).toHaveBeenCalledWith('c1', CH);
    expect(Taro.setStorageSync).not.toHaveBeenCalledWith('linli.pcToken', expect.anything());
    await act(async () => void jest.advanceTimersByTime(2000));
    expect(m.pollChallenge).toHaveBeenCalledTimes(2);
    expect(Taro.setStorageSync).toHaveBeenCalledWith('linli.pcToken', 'tok-1');
    expect(authHeader()).toEqual({ Authorization: 'PcSession tok-1' });
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' });

    // 切换身份 on this PC ends the session on the server and comes back to the QR, not the dev login.
    act(() => useSessionStore.getState().logout());
    expect(Taro.request).toHaveBeenCalledWith(
      expect.objectContaining({ url: expect.stringMatching(/\/pc\/logout$/), header: expect.objectContaining({ Authorization: 'PcSession tok-1' }) }),
    );
    expect(authHeader()).toEqual({});
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/packages/desk/pages/login/index' });
  });

  it('offers a new QR when the old one expired', async () => {
    jest.useFakeTimers();
    m.newChallenge.mockResolvedValue(challenge);
    m.pollChallenge.mockRejectedValue(new CloudError('PC.CHALLENGE_EXPIRED', '二维码已过期'));
    render(<DeskLoginPage />);
    await act(async () => undefined);
    await act(async () => void jest.advanceTimersByTime(2000));
    expect(screen.getByText('二维码已过期')).toBeTruthy();
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: '换一个二维码' })));
    expect(m.newChallenge).toHaveBeenCalledTimes(2);
    expect(Taro.setStorageSync).not.toHaveBeenCalledWith('linli.pcToken', expect.anything());
  });
});

describe('on the phone', () => {
  beforeEach(() => signedIn(me()));

  it('reads the QR text, asks before confirming, and confirms the challenge', async () => {
    m.fetchPcSessions.mockResolvedValue([]);
    m.confirmPcLogin.mockResolvedValue({ id: 's1', expiresAt: pc.expiresAt });
    render(<PcSessionsPage />);
    await act(async () => undefined);
    expect(screen.getByText('现在没有电脑以您的身份登录。')).toBeTruthy();
    fireEvent.input(screen.getByPlaceholderText('linli-pc:…'), { target: { value: `linli-pc:${CH}` } });
    fireEvent.click(screen.getByRole('button', { name: '下一步' }));
    expect(screen.getByText('在电脑上登录 邻里 管理台？')).toBeTruthy();
    m.fetchPcSessions.mockResolvedValue([pc]);
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: '确认登录' })));
    expect(m.confirmPcLogin).toHaveBeenCalledWith(CH, expect.objectContaining({ requestKey: expect.any(String) }));
    expect(screen.getByText('Chrome on Windows')).toBeTruthy();
  });

  it('cancelling sends nothing; text that is not a PC QR is said so', async () => {
    m.fetchPcSessions.mockResolvedValue([]);
    render(<PcSessionsPage />);
    await act(async () => undefined);
    fireEvent.input(screen.getByPlaceholderText('linli-pc:…'), { target: { value: 'LINLI-INVITE:ABCDEFGH' } });
    fireEvent.click(screen.getByRole('button', { name: '下一步' }));
    expect(screen.getByText('没有认出二维码')).toBeTruthy();
    fireEvent.input(screen.getByPlaceholderText('linli-pc:…'), { target: { value: `linli-pc:${CH}` } });
    fireEvent.click(screen.getByRole('button', { name: '下一步' }));
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(screen.queryByText('在电脑上登录 邻里 管理台？')).toBeNull();
    expect(m.confirmPcLogin).not.toHaveBeenCalled();
  });

  it('signs a PC out from the list', async () => {
    m.fetchPcSessions.mockResolvedValue([pc]);
    m.endPcSession.mockResolvedValue([]);
    render(<PcSessionsPage />);
    await act(async () => undefined);
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: '退出这台电脑' })));
    expect(m.endPcSession).toHaveBeenCalledWith('s1', expect.objectContaining({ requestKey: expect.any(String) }));
    expect(screen.queryByText('Chrome on Windows')).toBeNull();
  });
});

it('parses only the PC QR or a bare challenge', () => {
  expect(parsePcChallenge(`  linli-pc:${CH} `)).toBe(CH);
  expect(parsePcChallenge(CH)).toBe(CH);
  expect(parsePcChallenge('linli-pc:short')).toBe('');
  expect(parsePcChallenge('LINLI-INVITE:ABCDEFGH')).toBe('');
});
