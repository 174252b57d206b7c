import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { acquireLock, DataDirLockedError } from '../../../server/db/lock';

const dir = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'linli-lock-')), 'pglite');

it('refuses a second process while the holder is alive, with a Chinese message naming its pid', () => {
  const d = dir();
  fs.writeFileSync(`${d}.lock`, String(process.ppid)); // a live process that is not us
  expect(() => acquireLock(d)).toThrow(DataDirLockedError);
  expect(() => acquireLock(d)).toThrow(new RegExp(`pid ${process.ppid}`));
});

it('takes over a stale lock left by a killed process and releases it on close', () => {
  const d = dir();
  fs.writeFileSync(`${d}.lock`, '999999999');
  const lock = acquireLock(d);
  expect(fs.readFileSync(`${d}.lock`, 'utf8')).toBe(String(process.pid));
  lock.release();
  expect(fs.existsSync(`${d}.lock`)).toBe(false);
});
