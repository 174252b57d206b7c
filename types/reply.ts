/** The one reply shape every function returns, in every transport. */
export interface ReplyError {
  code: string;
  /** Chinese, for people. */
  message: string;
  /** For INPUT.INVALID: the input field at fault (its English path, for the app and logs, not for people). */
  field?: string;
}

export type Reply<T> = { ok: true; data: T } | { ok: false; error: ReplyError };
