import Taro from '@tarojs/taro';

const TOKEN_KEY = 'linli.token';

export function getToken(): string {
  const t: unknown = Taro.getStorageSync(TOKEN_KEY);
  return typeof t === 'string' ? t : '';
}

export function setToken(token: string): void {
  Taro.setStorageSync(TOKEN_KEY, token);
}

export function clearToken(): void {
  Taro.removeStorageSync(TOKEN_KEY);
}
