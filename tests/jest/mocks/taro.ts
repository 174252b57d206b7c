/**
 * @tarojs/taro for jsdom: navigation, storage, request and cloud as jest.fn (storage really stores),
 * page lifecycle hooks run as mount effects. resetTaroMock() runs after every test.
 */
import { useEffect } from 'react';

export const ENV_TYPE = { WEAPP: 'WEAPP', WEB: 'WEB', RN: 'RN', SWAN: 'SWAN', ALIPAY: 'ALIPAY', TT: 'TT' };

const storage = new Map<string, unknown>();
let routerParams: Record<string, string> = {};

/** Tests set the query of the page under test. */
export function setRouterParams(params: Record<string, string>): void {
  routerParams = params;
}

const ok = () => Promise.resolve({ errMsg: 'ok' });

export const request = jest.fn();
export const navigateTo = jest.fn(ok);
export const redirectTo = jest.fn(ok);
export const switchTab = jest.fn(ok);
export const reLaunch = jest.fn(ok);
export const navigateBack = jest.fn(ok);
export const showToast = jest.fn(ok);
export const showLoading = jest.fn(ok);
export const hideLoading = jest.fn();
export const showModal = jest.fn(() => Promise.resolve({ confirm: true, cancel: false }));
export const getStorageSync = jest.fn((key: string) => (storage.has(key) ? storage.get(key) : ''));
export const setStorageSync = jest.fn((key: string, value: unknown) => void storage.set(key, value));
export const removeStorageSync = jest.fn((key: string) => void storage.delete(key));
// Plain functions: NutUI calls these while rendering, so no test may reset them away.
export const getEnv = () => ENV_TYPE.WEB;
export const getSystemInfoSync = () => ({ windowWidth: 375, windowHeight: 667, pixelRatio: 2 });
export const pxTransform = (n: number) => `${n}px`;
export const nextTick = (fn: () => void) => setTimeout(fn, 0);
export const createSelectorQuery = () => {
  const q = {
    select: () => q,
    selectAll: () => q,
    boundingClientRect: () => q,
    exec: (cb?: (r: unknown[]) => void) => cb?.([]),
  };
  return q;
};
export const cloud = { init: jest.fn(), callFunction: jest.fn() };

export const useLoad = (cb: (params: Record<string, string>) => void) =>
  useEffect(() => cb(routerParams), []); // eslint-disable-line react-hooks/exhaustive-deps
export const useDidShow = (cb: () => void) => useEffect(() => cb(), []); // eslint-disable-line react-hooks/exhaustive-deps
export const useReady = (cb: () => void) => useEffect(() => cb(), []); // eslint-disable-line react-hooks/exhaustive-deps
export const usePullDownRefresh = (_cb: () => void) => useEffect(() => undefined, []);
export const useDidHide = (_cb: () => void) => undefined;
export const useUnload = (_cb: () => void) => undefined;
export const useLaunch = (_cb: () => void) => undefined;
export const useRouter = () => ({ params: routerParams, path: '' });

const Taro = {
  ENV_TYPE,
  request,
  navigateTo,
  redirectTo,
  switchTab,
  reLaunch,
  navigateBack,
  showToast,
  showLoading,
  hideLoading,
  showModal,
  getStorageSync,
  setStorageSync,
  removeStorageSync,
  getEnv,
  getSystemInfoSync,
  pxTransform,
  nextTick,
  createSelectorQuery,
  cloud,
};
export default Taro;

export function resetTaroMock(): void {
  storage.clear();
  routerParams = {};
  for (const fn of [request, cloud.callFunction, cloud.init]) fn.mockReset();
  for (const fn of [navigateTo, redirectTo, switchTab, reLaunch, navigateBack, showToast, showModal])
    fn.mockClear();
  for (const fn of [getStorageSync, setStorageSync, removeStorageSync]) fn.mockClear();
}
