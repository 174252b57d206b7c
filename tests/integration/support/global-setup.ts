import fs from 'node:fs';
import crypto from 'node:crypto';
import path from 'node:path';
import { openDatabase } from '../../../server/db/client';
import { migrate, MIGRATIONS_DIR } from '../../../server/db/migrate';
import { templateDir } from './template';

/** Builds (once per migration content) a migrated PGlite template that test files copy. */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) return;
  const hash = crypto.createHash('sha1');
  for (const f of fs.readdirSync(MIGRATIONS_DIR).sort()) {
    const p = path.join(MIGRATIONS_DIR, f);
    if (fs.statSync(p).isFile()) hash.update(fs.readFileSync(p));
  }
  process.env.LINLI_TEMPLATE_TAG = hash.digest('hex').slice(0, 12);
  const dir = templateDir();
  if (fs.existsSync(path.join(dir, 'PG_VERSION'))) return;
  const tmp = `${dir}.building-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  const database = await openDatabase({ dataDir: tmp, noLock: true });
  await migrate(database);
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(tmp, dir);
}
