/** Building blocks of the contract: who may call, the action spec carrying its output type, shared fields. */
import { z } from 'zod';
import { normalizeRoom, ROOM_PATTERN } from '../households';
import type { Role } from '../roles';

/**
 * Who may call an action.
 * - public: anyone, even without identity;
 * - user: any identified caller;
 * - community: the input carries communityId and the caller must hold one of `roles` there
 *   ('resident' means any member).
 */
export type Access = { kind: 'public' } | { kind: 'user' } | { kind: 'community'; roles: readonly Role[] };

export interface ActionSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  access: Access;
  /** Mutating actions run in one transaction and honour the request key (idempotent retries). */
  mutating: boolean;
  /** Phantom: carries the output type. */
  readonly __output?: O;
}

export function action<O>() {
  return <I extends z.ZodType>(spec: { input: I; access: Access; mutating?: boolean }): ActionSpec<I, O> => ({
    input: spec.input,
    access: spec.access,
    mutating: spec.mutating ?? false,
  });
}

export const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'id');
export const communityId = id;

/**
 * Human-readable text, checked here once for every field. Normalised to NFC (the same name typed on
 * two phones compares equal); zero-width characters are removed (invisible, yet they make two equal
 * looking names differ); control characters and bidirectional overrides are refused, because they
 * make text display as something else (U+202E turns "gpj.exe" around). Single-line text also refuses
 * line breaks and tabs.
 */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
/* eslint-disable no-control-regex -- finding control characters is the point */
const HIDDEN_MULTILINE =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2061-\u2064\u2066-\u2069]/;
const HIDDEN_SINGLE_LINE =
  /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2061-\u2064\u2066-\u2069]/;
/* eslint-enable no-control-regex */
/** A zod issue may name the error code the router answers with (default INPUT.INVALID). */
const hiddenChars = {
  message: '含有看不见的控制字符或改变文字方向的字符，请删掉后重新输入',
  params: { errorCode: 'INPUT.HIDDEN_TEXT' },
};
const text = (hidden: RegExp) =>
  z
    .string()
    .normalize('NFC')
    .overwrite((s) => s.replace(/\r\n?/g, '\n').replace(ZERO_WIDTH, ''))
    .trim()
    .refine((s) => !hidden.test(s), hiddenChars);
/** A name, title, place, reason …: one line, required. */
export const shortText = (max: number) => text(HIDDEN_SINGLE_LINE).min(1).max(max);
/** A description or note: may be empty and span lines. */
export const longText = (max: number) => text(HIDDEN_MULTILINE).max(max);
/** A search box: one line, may be empty. */
export const searchText = (max: number) => text(HIDDEN_SINGLE_LINE).max(max);
/** 门牌号: normalised the one way types/households.ts says ("３０２室" → "302"), then 1–8 letters, digits or dashes. */
export const roomNumber = z
  .string()
  .overwrite(normalizeRoom)
  .refine((s) => ROOM_PATTERN.test(s), { message: '门牌号只填数字或字母，例如 302、1-302', params: { errorCode: 'INPUT.BAD_ROOM' } })
  // Named in the JSON Schema, so generated tests and the API page know the shape.
  .meta({ pattern: ROOM_PATTERN.source });

/**
 * The one timestamp of the contract: ISO 8601 with an offset, between these bounds (the database's
 * timestamptz holds far more, but year 1 or 9999 is always a typo or a probe). The app's date and
 * time pickers take the same bounds.
 */
export const TIME_RANGE = { min: '2000-01-01T00:00:00.000Z', max: '2100-01-01T00:00:00.000Z' } as const;
const TIME_MIN = Date.parse(TIME_RANGE.min);
const TIME_MAX = Date.parse(TIME_RANGE.max);
function inTimeRange(s: string): boolean {
  const t = Date.parse(s);
  return t >= TIME_MIN && t < TIME_MAX;
}
const timeRangeIssue = {
  message: '时间不在 2000 年至 2099 年之间',
  params: { errorCode: 'INPUT.TIME_RANGE' },
};
export const isoTime = z.iso.datetime({ offset: true }).refine(inTimeRange, timeRangeIssue);
/** A page cursor `<time with microseconds>|<uuid>`; its time is held to the same bounds. */
export const isoCursor = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z\|[0-9a-f-]{36}$/, 'cursor')
  .refine((s) => inTimeRange(s.slice(0, 23) + 'Z'), timeRangeIssue);

/**
 * Links to pictures and evidence: only what the app itself issues — a WeChat cloud file
 * (`cloud://…`), the runtime's own upload path (`/files/<id>`), or https on a host the deployment
 * allows (`setAllowedUrlHosts`, from LINLI_URL_HOSTS). Never protocol-relative (`//host/x`), http,
 * javascript: or data:, and never credentials or ports in the link.
 */
let allowedHosts: readonly string[] = [];
export function setAllowedUrlHosts(hosts: readonly string[]): void {
  allowedHosts = hosts.map((h) => h.trim().toLowerCase()).filter(Boolean);
}
export function allowedUrlHosts(): readonly string[] {
  return allowedHosts;
}
const CLOUD_FILE = /^cloud:\/\/[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9._~%-]+)+$/;
const OWN_FILE = /^\/files\/[A-Za-z0-9_-]{1,64}(\.[A-Za-z0-9]{1,8})?$/;
const HTTPS =
  /^https:\/\/([A-Za-z0-9.-]+)(\/[A-Za-z0-9._~%!$&'()*+,;=:@/-]*)?(\?[A-Za-z0-9._~%!$&'()*+,;=:@/?-]*)?$/;
export function isAllowedFileUrl(s: string): boolean {
  if (CLOUD_FILE.test(s) || OWN_FILE.test(s)) return true;
  const m = HTTPS.exec(s);
  return !!m && allowedHosts.includes(m[1].toLowerCase());
}
export const fileUrl = z
  .string()
  .max(500)
  .refine(isAllowedFileUrl, {
    message: '图片或凭证链接不对：请在小程序里上传，或使用允许的网址',
    params: { errorCode: 'INPUT.BAD_URL' },
  })
  // Named in the JSON Schema, so generated tests (bad input) and the API page know a link field.
  .meta({ format: 'file-url' });
export const phone = z.string().regex(/^1\d{10}$/, 'phone');

export const open = { kind: 'public' } as const satisfies Access;
export const signedIn = { kind: 'user' } as const satisfies Access;
export const member = { kind: 'community', roles: ['resident'] } as const satisfies Access;
export const staff = { kind: 'community', roles: ['staff', 'admin'] } as const satisfies Access;
export const only = (...roles: Role[]): Access => ({ kind: 'community', roles });

/** Ids of uploaded files (from `POST /files` or `files.register`), no repeats, at most `max`. */
export const fileIds = (max: number) =>
  z
    .array(z.uuid())
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length, '重复的文件');
