import Taro from '@tarojs/taro';
import { onAuthFailure } from '@/lib/cloud';
import { isCloudMode } from '@/lib/runtime-mode';
import { clearToken } from '@/lib/token';
import { loginRoute, useSessionStore } from './stores/session-store';

/** A function said AUTH.REQUIRED / AUTH.INVALID_TOKEN: forget the token and ask who you are again. */
export function installAuthHandler(): void {
  onAuthFailure(() => {
    if (isCloudMode()) return; // identity comes from WeChat itself; nothing to re-enter
    clearToken();
    const url = loginRoute();
    useSessionStore.getState().reset();
    void Taro.reLaunch({ url });
  });
}
