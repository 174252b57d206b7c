import crypto from 'node:crypto';
import type { ActionInput, ActionName, ActionOutput, FnName } from '@linli/types';
import type { Db } from '../../../server/db/client';
import { dispatch, type DispatchResult } from '../../../server/functions/router';

/** Every mutating call needs a request key; tests that do not care about retries get a fresh one. */
export const freshKey = () => `t-${crypto.randomUUID()}`;

/** Calls a function through the real router as `openid` (null = no identity). */
export function caller(db: Db, now?: () => Date) {
  const raw = (fn: string, body: unknown, openid: string | null): Promise<DispatchResult> =>
    dispatch({ db, now, log: process.env.DEBUG_ROUTER ? undefined : () => {} }, fn, body, openid ? { openid } : null);

  async function ok<F extends FnName, A extends ActionName<F>>(
    openid: string,
    fn: F,
    action: A,
    data: ActionInput<F, A>,
    requestKey?: string,
  ): Promise<ActionOutput<F, A>> {
    const res = await raw(fn, { action, data, requestKey: requestKey ?? freshKey() }, openid);
    if (!res.reply.ok) throw new Error(`${fn}.${action} failed: ${res.reply.error.code} ${res.reply.error.message}`);
    return res.reply.data as ActionOutput<F, A>;
  }

  async function err(openid: string | null, fn: string, action: string, data: unknown, requestKey?: string) {
    const res = await raw(fn, { action, data, requestKey: requestKey ?? freshKey() }, openid);
    if (res.reply.ok) throw new Error(`${fn}.${action} unexpectedly succeeded`);
    return { status: res.status, code: res.reply.error.code, message: res.reply.error.message };
  }

  return { raw, ok, err };
}
