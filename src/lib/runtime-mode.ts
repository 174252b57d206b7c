/**
 * Which transport this build talks through. Read at call time (not import time) so tests can flip it;
 * in real builds both values are compile-time constants and the unused branch is dropped.
 */
export function isCloudMode(): boolean {
  return process.env.TARO_ENV === 'weapp' && LINLI_CLOUD_ENV !== '';
}

export function apiBase(): string {
  return LINLI_API_BASE;
}
