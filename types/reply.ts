/** The one reply shape every function returns, in every transport. */
export interface ReplyError {
  code: string;
  /** Chinese, for people. */
  message: string;
}

export type Reply<T> = { ok: true; data: T } | { ok: false; error: ReplyError };
