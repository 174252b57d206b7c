import crypto from 'node:crypto';
import { createDevAuth } from '../../../server/runtime/dev-auth';

it('verifies its own tokens and refuses tampered or foreign ones', () => {
  const auth = createDevAuth(crypto.randomBytes(32));
  const token = auth.issue('demo-elder');
  expect(auth.verify(token)).toBe('demo-elder');
  const [payload, mac] = token.split('.');
  const forged = `${Buffer.from('demo-admin').toString('base64url')}.${mac}`;
  expect(auth.verify(forged)).toBeNull();
  expect(auth.verify(`${payload}.${mac.slice(0, -2)}xx`)).toBeNull();
  expect(auth.verify('garbage')).toBeNull();
  expect(createDevAuth(crypto.randomBytes(32)).verify(token)).toBeNull();
});
