/**
 * The only transport between the app and the cloud functions.
 * WeChat build with a cloud env → Taro.cloud.callFunction; otherwise HTTP POST {LINLI_API_BASE}/fn/<fn>.
 * Every failure becomes one CloudError {code, message}.
 */
import Taro from '@tarojs/taro';
import {
  errorMessage,
  getSpec,
  type ActionInput,
  type ActionName,
  type ActionOutput,
  type Envelope,
  type FnName,
  type Reply,
} from '@linli/types';
import { CloudError, NETWORK_FAILED, NETWORK_MESSAGE } from './cloud-error';
import { newRequestKey } from './request-key';
import { apiBase, isCloudMode } from './runtime-mode';
import { authHeader } from './token';

export interface CallOptions {
  /** Key of the user intent this call serves; a mutating call without one gets a fresh key. */
  requestKey?: string;
}

/** Tunable so tests need not wait; the same request key is sent on every attempt. */
export const cloudSettings = { retryDelaysMs: [400, 1200], timeoutMs: 15000 };

type AuthFailureHandler = (e: CloudError) => void;
let authFailureHandler: AuthFailureHandler | null = null;

/** The session feature registers what to do when the server says the caller is not (or no longer) known. */
export function onAuthFailure(handler: AuthFailureHandler | null): void {
  authFailureHandler = handler;
}

type HttpResult = Taro.request.SuccessCallbackResult<TaroGeneral.IAnyObject | string | ArrayBuffer>;

/** A failure worth retrying: the request may not have reached the function, or its reply got lost. */
class Retryable extends Error {}

function isReply(v: unknown): v is Reply<unknown> {
  if (!v || typeof v !== 'object') return false;
  const r = v as { ok?: unknown; error?: unknown };
  return r.ok === true || (r.ok === false && !!r.error && typeof r.error === 'object');
}

async function viaCloud(fn: string, envelope: Envelope): Promise<Reply<unknown>> {
  let result: unknown;
  try {
    const res = await Taro.cloud.callFunction({
      name: fn,
      data: envelope as unknown as TaroGeneral.IAnyObject,
    });
    result = res.result;
  } catch {
    throw new Retryable();
  }
  if (!isReply(result)) throw new CloudError('SERVER.INTERNAL', errorMessage('SERVER.INTERNAL'));
  return result;
}

async function viaHttp(fn: string, envelope: Envelope): Promise<Reply<unknown>> {
  let res: HttpResult;
  try {
    res = await Taro.request({
      url: `${apiBase()}/fn/${fn}`,
      method: 'POST',
      data: envelope,
      timeout: cloudSettings.timeoutMs,
      header: { 'content-type': 'application/json', ...authHeader() },
    });
  } catch {
    throw new Retryable();
  }
  if (isReply(res.data)) return res.data;
  // No reply body: a gateway or proxy answered, not our function.
  if (!res.statusCode || res.statusCode >= 502) throw new Retryable();
  throw new CloudError('SERVER.INTERNAL', errorMessage('SERVER.INTERNAL'));
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function sendWithRetry(fn: string, envelope: Envelope): Promise<Reply<unknown>> {
  const send = isCloudMode() ? viaCloud : viaHttp;
  const delays = cloudSettings.retryDelaysMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await send(fn, envelope);
    } catch (e) {
      if (!(e instanceof Retryable)) throw e;
      if (attempt >= delays.length) throw new CloudError(NETWORK_FAILED, NETWORK_MESSAGE);
      await wait(delays[attempt]);
    }
  }
}

export async function call<F extends FnName, A extends ActionName<F>>(
  fn: F,
  action: A,
  data: ActionInput<F, A>,
  opts: CallOptions = {},
): Promise<ActionOutput<F, A>> {
  const envelope: Envelope = { action, data };
  if (getSpec(fn, action)?.mutating) envelope.requestKey = opts.requestKey ?? newRequestKey();
  const reply = await sendWithRetry(fn, envelope);
  if (reply.ok) return reply.data as ActionOutput<F, A>;
  const err = new CloudError(reply.error.code, reply.error.message || errorMessage(reply.error.code));
  if ((err.code === 'AUTH.REQUIRED' || err.code === 'AUTH.INVALID_TOKEN') && authFailureHandler) {
    authFailureHandler(err);
  }
  throw err;
}

/**
 * A feature service for one action: it takes the contract's input object by name (a renamed field is a
 * compile error at every caller) and, for a mutation, the intent's request key.
 */
export function action<F extends FnName, A extends ActionName<F>>(
  fn: F,
  name: A,
  /** Tidies the input before it is sent (e.g. `withoutBlankNote`). */
  tidy: (data: ActionInput<F, A>) => ActionInput<F, A> = (data) => data,
) {
  return (data: ActionInput<F, A>, opts?: CallOptions): Promise<ActionOutput<F, A>> =>
    call(fn, name, tidy(data), opts);
}

/** A blank note is no note: an input's `note` of only spaces is left out, any other is trimmed. */
export function withoutBlankNote<T extends { note?: string | null }>({ note, ...rest }: T): T {
  const n = note?.trim();
  return (n ? { ...rest, note: n } : rest) as T;
}

/** Plain JSON HTTP for the endpoints that are not functions: /dev/people, /dev/login (local), /pc/* (电脑登录). */
export async function devHttp<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  let res: HttpResult;
  try {
    res = await Taro.request({
      url: `${apiBase()}${path}`,
      method,
      data: body,
      timeout: cloudSettings.timeoutMs,
      header: { 'content-type': 'application/json', ...authHeader() },
    });
  } catch {
    throw new CloudError(NETWORK_FAILED, NETWORK_MESSAGE);
  }
  if (res.statusCode >= 200 && res.statusCode < 300) return res.data as T;
  if (isReply(res.data) && !res.data.ok) throw new CloudError(res.data.error.code, res.data.error.message);
  throw new CloudError('SERVER.UNAVAILABLE', errorMessage('SERVER.UNAVAILABLE'));
}
