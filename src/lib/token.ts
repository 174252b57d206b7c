import Taro from '@tarojs/taro';

const TOKEN_KEY = 'linli.token';
/** 电脑登录: the PC 管理台's session token (H5), sent as `Authorization: PcSession <token>`. */
const PC_TOKEN_KEY = 'linli.pcToken';

function read(key: string): string {
  const t: unknown = Taro.getStorageSync(key);
  return typeof t === 'string' ? t : '';
}

/** Whether this device holds any session (the local dev token or a PC session). */
export function getToken(): string {
  return read(PC_TOKEN_KEY) || read(TOKEN_KEY);
}

export function setToken(token: string): void {
  Taro.removeStorageSync(PC_TOKEN_KEY);
  Taro.setStorageSync(TOKEN_KEY, token);
}

const PC_DEVICE_KEY = 'linli.pcDevice';

export function setPcToken(token: string): void {
  Taro.removeStorageSync(TOKEN_KEY);
  Taro.setStorageSync(PC_TOKEN_KEY, token);
  Taro.setStorageSync(PC_DEVICE_KEY, '1');
}

/** Whether this device signs in by 电脑登录 (kept after sign-out: its way back in is the QR, not dev login). */
export function isPcDevice(): boolean {
  return !!read(PC_DEVICE_KEY);
}

/** Whether the session on this device is a 电脑登录 one. */
export function hasPcToken(): boolean {
  return !!read(PC_TOKEN_KEY);
}

export function clearToken(): void {
  Taro.removeStorageSync(TOKEN_KEY);
  Taro.removeStorageSync(PC_TOKEN_KEY);
}

/** The Authorization header for HTTP calls: a PC session wins over the local dev token. */
export function authHeader(): { Authorization: string } | Record<string, never> {
  const pc = read(PC_TOKEN_KEY);
  if (pc) return { Authorization: `PcSession ${pc}` };
  const dev = read(TOKEN_KEY);
  return dev ? { Authorization: `Bearer ${dev}` } : {};
}
