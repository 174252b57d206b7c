/**
 * Payloads generated from the contract's zod schemas (through their JSON Schema): one valid sample
 * per action, and many malformed variants of it. Used by the role matrix, bad-input and idempotency tests.
 */
import { z } from 'zod';
import type { ActionSpec } from '@linli/types';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  minItems?: number;
};

export function schemaOf(spec: ActionSpec): JsonSchema {
  return z.toJSONSchema(spec.input, { unrepresentable: 'any', io: 'input' }) as JsonSchema;
}

const PATTERN_SAMPLES: [RegExp, string][] = [
  [/\\d\{6\}Z/, '2026-11-25T10:00:00.000000Z|00000000-0000-0000-0000-000000000000'],
  [/^\^1\\d\{10\}\$$/, '13800000000'],
  [/A-Z0-9\]\{8\}/, 'ABCDEFGH'],
  [/^\^\\d\{8\}\$$/, '12345678'],
  [/^\^20/, '2026-11'],
  [/https/, 'https://example.com/a.png'],
  [/\^cloud:/, 'cloud://env-1.bucket/uploads/bijiqiao/sample.jpg'],
  [/0-9A-Z-/, '302'],
  [/0-9a-f\]\{64\}/, 'a'.repeat(64)],
  [/_-\]\{43\}/, 'a'.repeat(43)],
];

/** Plain text: a string the contract checks with shortText & co. (no pattern, format, enum or constant). */
export const isFreeText = (p: JsonSchema) =>
  (Array.isArray(p.type) ? p.type[0] : p.type) === 'string' &&
  !p.pattern &&
  !p.format &&
  !p.enum &&
  p.const === undefined;

/** The field and its nullable/optional wrapper reduced to the string schema (if it is one). */
export function stringSchema(p: JsonSchema): JsonSchema | null {
  if (p.anyOf) return p.anyOf.map(stringSchema).find((x) => x) ?? null;
  return (Array.isArray(p.type) ? p.type[0] : p.type) === 'string' ? p : null;
}

/**
 * Classes of input the contract refuses with a named code, wherever they appear, so that no new
 * action can take them again: times outside 2000–2099, hidden characters in text, links the app
 * did not issue, and Object built-ins as names.
 */
export const OUT_OF_RANGE_TIMES = [
  '0001-01-01T00:00:00+08:00',
  '0000-12-31T23:00:00-01:00',
  '1999-12-31T23:59:59Z',
  '2100-01-01T00:00:00Z',
  '9999-12-31T23:59:59+14:00',
];
export const OUT_OF_RANGE_CURSORS = [
  '0000-11-25T10:00:00.000000Z|00000000-0000-0000-0000-000000000000',
  '9999-11-25T10:00:00.000000Z|00000000-0000-0000-0000-000000000000',
];
export const HIDDEN_TEXT = ['\u202e名字', '张\u2066三\u2069', 'a\u0007b', 'a\u001bb', 'x\u200e', 'a\u0085b'];
export const FOREIGN_URLS = [
  '//evil.example/x.png',
  '/\\evil.example/x.png',
  'http://evil.example/x.png',
  'https://evil.example/x.png',
  'https://evil.example\u202e/x.png',
  'javascript:alert(1)',
  'data:image/png;base64,AAAA',
  '/files/../secret',
  'cloud://',
];
export const BUILT_IN_NAMES = [
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__proto__',
  'isPrototypeOf',
  '__defineGetter__',
];

function sampleValue(s: JsonSchema, name: string, overrides: Record<string, unknown>): unknown {
  if (name in overrides) return overrides[name];
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  if (s.anyOf) return sampleValue(s.anyOf.find((o) => o.type !== 'null') ?? s.anyOf[0], name, overrides);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'string': {
      if (s.format === 'date-time') return new Date().toISOString();
      if (s.format === 'file-url') return '/files/sample-1';
      if (s.format === 'ticket-token') return 'L1.bijiqiao.sample.abcdefghijklmnopqrstuv';
      if (s.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
      const known = s.pattern && PATTERN_SAMPLES.find(([re]) => re.test(s.pattern!));
      if (known) return known[1];
      if (s.pattern) return 'x';
      return 'a'.repeat(Math.max(s.minLength ?? 1, 1));
    }
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      // As few items as the schema allows (a topic needs two options).
      return Array.from({ length: s.minItems ?? 0 }, () => sampleValue(s.items ?? {}, name, overrides));
    case 'object':
      return sampleObject(s, overrides);
    default:
      return null;
  }
}

function sampleObject(s: JsonSchema, overrides: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of s.required ?? []) out[key] = sampleValue(s.properties![key], key, overrides);
  return out;
}

export function validSample(
  spec: ActionSpec,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const data = sampleObject(schemaOf(spec), overrides);
  if (!spec.input.safeParse(data).success) throw new Error(`sample does not parse: ${JSON.stringify(data)}`);
  return data;
}

const INJECTIONS = [
  "x'; drop table users; --",
  '<script>alert(1)</script>',
  '" OR 1=1 --',
  '../../etc/passwd',
  '\u202e\u200b\u0301',
  '😀'.repeat(3),
];

/** Every variant here is malformed: the router must refuse it with a 4xx code before any write. */
export function malformedVariants(
  spec: ActionSpec,
  base: Record<string, unknown>,
): { label: string; data: unknown; code?: string }[] {
  const schema = schemaOf(spec);
  const props = Object.entries(schema.properties ?? {});
  const out: { label: string; data: unknown; code?: string }[] = [
    { label: 'null body', data: null },
    { label: 'array body', data: [] },
    { label: 'string body', data: 'hello' },
    { label: 'extra field', data: { ...base, zzz: 1 } },
    { label: 'forged openid', data: { ...base, openid: 'demo-admin' } },
    { label: 'forged role', data: { ...base, role: 'admin' } },
    { label: 'forged userId', data: { ...base, userId: 'someone-else' } },
    { label: 'forged communityId twin', data: { ...base, community_id: 'other' } },
  ];
  for (const key of schema.required ?? []) {
    const { [key]: _gone, ...rest } = base;
    out.push({ label: `missing ${key}`, data: rest });
  }
  for (const [key, p] of props) {
    const type = Array.isArray(p.type)
      ? p.type[0]
      : (p.type ?? (p.anyOf ? 'any' : p.enum ? 'enum' : p.const !== undefined ? 'const' : 'any'));
    const put = (label: string, value: unknown, code?: string) =>
      out.push({ label: `${key}: ${label}`, data: { ...base, [key]: value }, code });
    const str = stringSchema(p);
    if (str?.format === 'date-time')
      for (const v of OUT_OF_RANGE_TIMES) put(`time ${v}`, v, 'INPUT.TIME_RANGE');
    if (str?.pattern?.includes('\\d{6}Z'))
      for (const v of OUT_OF_RANGE_CURSORS) put(`cursor ${v.slice(0, 4)}`, v, 'INPUT.TIME_RANGE');
    if (str?.format === 'file-url')
      for (const v of FOREIGN_URLS) put(`link ${JSON.stringify(v)}`, v, 'INPUT.BAD_URL');
    if (str && isFreeText(str))
      for (const v of HIDDEN_TEXT) put(`hidden text ${JSON.stringify(v)}`, v, 'INPUT.HIDDEN_TEXT');
    put('object instead', { nested: true });
    put('array instead', [1, 2]);
    if (type === 'string' || type === 'enum' || p.format || p.pattern) {
      put('number instead', 12345);
      put('NUL byte', `a\u0000b`);
      put('10k chars', 'x'.repeat(10_000));
      if (p.maxLength !== undefined) put('one char too long', 'x'.repeat(p.maxLength + 1));
      if (p.pattern || p.enum || p.format)
        for (const inj of INJECTIONS) put(`injection ${JSON.stringify(inj.slice(0, 12))}`, inj);
    }
    if (type === 'integer' || type === 'number') {
      put('string instead', '1');
      put('negative', -1_000_000_000);
      put('huge', 1e15);
      if (type === 'integer') put('fraction', 1.5);
      put('boolean instead', true);
    }
    if (type === 'boolean') {
      put('string instead', 'true');
      put('number instead', 1);
    }
    if (type === 'const') put('wrong constant', p.const === true ? false : 'nope');
    if (type === 'array') put('string instead', 'x');
  }
  return out;
}
