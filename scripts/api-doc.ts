/**
 * Writes docs/API.md from the contract itself (types/contract.ts and types/errors.ts), so the
 * reference cannot drift from the code. `npm run docs:api`; a test fails when the file is stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ERRORS, listActions, type ActionSpec } from '../types';

const root = path.resolve(__dirname, '..');
export const API_DOC = path.join(root, 'docs/API.md');

function outputTypes(): Map<string, string> {
  const map = new Map<string, string>();
  const dir = path.join(root, 'types/contract');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'define.ts')) {
    const fn = path.basename(file, '.ts');
    for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      const a = /^ {2}(\w+): action<(.+?)>\(\)/.exec(line);
      if (a) map.set(`${fn}.${a[1]}`, a[2]);
    }
  }
  return map;
}

function access(spec: ActionSpec): string {
  if (spec.access.kind === 'public') return 'anyone (no identity needed)';
  if (spec.access.kind === 'user') return 'any signed-in caller';
  const roles = spec.access.roles;
  return roles.includes('resident') ? 'any member of the community' : `members holding: ${roles.join(', ')}`;
}

function fields(spec: ActionSpec): string {
  const schema = z.toJSONSchema(spec.input, { unrepresentable: 'any' }) as {
    properties?: Record<string, Record<string, unknown>>;
    required?: string[];
  };
  const props = Object.entries(schema.properties ?? {});
  if (props.length === 0) return '_(none)_';
  return props
    .map(([name, p]) => {
      const req = schema.required?.includes(name) ? '' : '?';
      const keys = ['type', 'format', 'enum', 'const', 'minLength', 'maxLength', 'minimum', 'maximum', 'pattern'];
      const rules = keys
        .filter((k) => p[k] !== undefined && !(k === 'pattern' && p.format))
        .map((k) => `${k}=${JSON.stringify(p[k])}`)
        .join(' ');
      return `\`${name}${req}\` ${rules}`;
    })
    .join('<br>');
}

export function renderApiDoc(): string {
  const outs = outputTypes();
  const lines = [
    '# Linli API',
    '',
    '_Generated from `types/contract.ts` and `types/errors.ts` by `npm run docs:api`; do not edit by hand._',
    '',
    'Every function takes `{"action": "...", "data": {...}, "requestKey"?: "..."}` — over HTTP as',
    '`POST /fn/<function>` (local runtime: `Authorization: Bearer <dev token>`; Cloud Hosting: the',
    "`X-WX-OPENID` header set by WeChat's gateway), in WeChat cloud as `wx.cloud.callFunction({name, data})`.",
    'Every reply is `{"ok": true, "data": ...}` or `{"ok": false, "error": {"code", "message"}}`.',
    'Identity never comes from the body: a body with `openid`, `userId`, `role`… is refused (`AUTH.IDENTITY_IN_BODY`).',
    'Mutating actions run in one transaction; a retry with the same `requestKey` gets the original reply.',
    'Types of outputs are in `types/models.ts`. Every action can also answer the common errors below.',
    '',
  ];
  let fn = '';
  for (const { fn: f, action, spec } of listActions()) {
    if (f !== fn) {
      fn = f;
      lines.push(`## \`${f}\``, '', '| action | who may call | input | output | mutating |', '|---|---|---|---|---|');
    }
    lines.push(
      `| \`${action}\` | ${access(spec)} | ${fields(spec)} | \`${outs.get(`${f}.${action}`) ?? '?'}\` | ${spec.mutating ? 'yes (idempotent by requestKey)' : 'no'} |`,
    );
    const next = listActions().findIndex((x) => x.fn === f && x.action === action) + 1;
    if (listActions()[next]?.fn !== f) lines.push('');
  }
  lines.push('## Error codes', '', '| code | HTTP | message (shown to people) |', '|---|---|---|');
  for (const [code, e] of Object.entries(ERRORS)) lines.push(`| \`${code}\` | ${e.status} | ${e.message} |`);
  lines.push(
    '',
    '## 电脑登录 (HTTP runtime, local and hosting mode)',
    '',
    '- `POST /pc/challenge` (no identity) → `{"ok": true, "data": PcChallenge}`: a one-time challenge (2 minutes) and its QR (`linli-pc:<challenge>`).',
    '- `POST /pc/poll {"challengeId", "challenge"}` → `{"status": "waiting"}`, or once, after `user.confirmPcLogin` on the phone, `{"status": "ok", "token", "expiresAt"}` (8 hours); then `PC.CHALLENGE_USED`.',
    '- Later calls (`/fn/*`, `/files`) carry `Authorization: PcSession <token>`; in hosting mode `X-WX-OPENID` still wins when present. A PC session cannot confirm another PC login (`AUTH.PHONE_ONLY`).',
    '- `POST /pc/logout` with that header ends the session → `{"ended": true|false}`.',
    '',
    '## Local runtime only',
    '',
    '- `GET /dev/people` → `{"people": DevPerson[]}`: the demo people to act as.',
    '- `POST /dev/login {"openid": "..."}` → `{"token": "...", "openid": "..."}`; an unknown openid becomes a new user, who then joins a community (`user.join`).',
    '- Both answer `403 AUTH.DEV_LOGIN_DISABLED` outside local mode.',
    '- `GET /healthz` → `{"ok": true, "data": {"mode"}}`.',
    '',
  );
  return lines.join('\n');
}

if (require.main === module) {
  fs.mkdirSync(path.dirname(API_DOC), { recursive: true });
  fs.writeFileSync(API_DOC, renderApiDoc());
  console.log(`wrote ${path.relative(root, API_DOC)}`);
}
