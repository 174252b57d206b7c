/**
 * Local-mode sessions: a token is the openid signed with a secret kept in the data folder, so a
 * restart keeps people logged in and nothing but this process can mint one. Never used outside local mode.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface DevAuth {
  issue(openid: string): string;
  verify(token: string): string | null;
}

export function loadDevSecret(dataRoot: string): Buffer {
  const file = path.join(dataRoot, 'dev-secret');
  fs.mkdirSync(dataRoot, { recursive: true });
  try {
    return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
  } catch {
    const secret = crypto.randomBytes(32);
    fs.writeFileSync(file, secret.toString('hex'), { mode: 0o600 });
    return secret;
  }
}

export function createDevAuth(secret: Buffer): DevAuth {
  const sign = (payload: string) => crypto.createHmac('sha256', secret).update(payload).digest('base64url');
  return {
    issue(openid) {
      const payload = Buffer.from(openid).toString('base64url');
      return `${payload}.${sign(payload)}`;
    },
    verify(token) {
      const [payload, mac] = token.split('.');
      if (!payload || !mac) return null;
      const expected = Buffer.from(sign(payload));
      const given = Buffer.from(mac);
      if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
      return Buffer.from(payload, 'base64url').toString('utf8');
    },
  };
}
