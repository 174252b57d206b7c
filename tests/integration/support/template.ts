import os from 'node:os';
import path from 'node:path';

/** One migrated PGlite directory per migration set, cloned by every test file (initdb is 4–6 s). */
export function templateDir(): string {
  return path.join(os.tmpdir(), `linli-jest-template-${process.env.LINLI_TEMPLATE_TAG ?? 'v1'}`);
}
