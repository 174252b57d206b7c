/** The one error type every failed call turns into; `message` is Chinese and safe to show people. */
export class CloudError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = 'CloudError';
    this.code = code;
  }
}

export const NETWORK_FAILED = 'NETWORK.FAILED';
export const NETWORK_MESSAGE = '网络不太好，请稍后再试';

export function isCloudError(e: unknown): e is CloudError {
  return e instanceof CloudError;
}

/** Any thrown value → a message a person can read. */
export function messageOf(e: unknown): string {
  return isCloudError(e) ? e.message : '出了点问题，请稍后再试';
}

export function isAuthError(e: unknown): boolean {
  return isCloudError(e) && (e.code === 'AUTH.REQUIRED' || e.code === 'AUTH.INVALID_TOKEN');
}
