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
};

export function schemaOf(spec: ActionSpec): JsonSchema {
  return z.toJSONSchema(spec.input, { unrepresentable: 'any', io: 'input' }) as JsonSchema;
}

const PATTERN_SAMPLES: [RegExp, string][] = [
  [/\\d\{6\}Z/, '2026-11-25T10:00:00.000000Z|00000000-0000-0000-0000-000000000000'],
  [/^\^1\\d\{10\}\$$/, '13800000000'],
  [/A-Z0-9\]\{8\}/, 'ABCDEFGH'],
  [/^\^\\d\{6\}\$$/, '123456'],
  [/^\^20/, '2026-11'],
  [/https/, 'https://example.com/a.png'],
  [/\^cloud:/, 'cloud://env-1.bucket/uploads/bijiqiao/sample.jpg'],
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
      return [];
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
): { label: string; data: unknown }[] {
  const schema = schemaOf(spec);
  const props = Object.entries(schema.properties ?? {});
  const out: { label: string; data: unknown }[] = [
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
    const put = (label: string, value: unknown) =>
      out.push({ label: `${key}: ${label}`, data: { ...base, [key]: value } });
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
