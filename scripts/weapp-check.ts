/**
 * The weapp build checked by WeChat's own tool (miniprogram-ci): the code-quality check and the code
 * analysis the developer tools run before an upload. Both work offline; miniprogram-ci only wants a
 * project with an appid and a private key, so a throwaway RSA key and a dummy appid stand in.
 * Prints a summary and exits 1 on anything WeChat would flag at upload (2 when it cannot run).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dist = path.resolve(__dirname, '../dist/weapp');

/** One rule of the code-quality check, as miniprogram-ci 2.x reports it. */
interface Rule {
  name: string;
  success: boolean;
  /** What the rule says when it fails ("JS compression is not turned on"). */
  text: string;
}

/** The code analysis: every file of the build with its package. */
interface Analysis {
  files?: { path: string; size: number; subPackage: string | null }[];
}

type Ci = {
  Project: new (o: Record<string, unknown>) => unknown;
  checkCodeQuality?: (p: unknown) => Promise<Rule[]>;
  analyseCode?: (p: unknown) => Promise<Analysis>;
};

function loadCi(): Ci {
  try {
    return require('miniprogram-ci') as Ci;
  } catch {
    console.error('weapp-check: miniprogram-ci is not installed (it belongs in devDependencies).');
    process.exit(2);
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Files and bytes per package, from the analysis. */
function summarise(a: Analysis): string[] {
  const byPackage = new Map<string, { files: number; size: number }>();
  for (const f of a.files ?? []) {
    const p = byPackage.get(f.subPackage ?? '主包') ?? { files: 0, size: 0 };
    byPackage.set(f.subPackage ?? '主包', { files: p.files + 1, size: p.size + f.size });
  }
  return [...byPackage].map(([p, v]) => `  ${p}: ${v.files} files, ${kb(v.size)}`);
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(dist, 'app.json'))) {
    console.error('weapp-check: no dist/weapp build; run NODE_ENV=production npm run build:weapp first.');
    process.exit(2);
  }
  const ci = loadCi();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'weapp-check-'));
  const keyPath = path.join(tmp, 'private.key');
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  fs.writeFileSync(keyPath, privateKey.export({ type: 'pkcs1', format: 'pem' }));
  const project = new ci.Project({
    appid: 'wx0000000000000000',
    type: 'miniProgram',
    projectPath: dist,
    privateKeyPath: keyPath,
  });
  if (!ci.checkCodeQuality || !ci.analyseCode) {
    console.error('weapp-check: this miniprogram-ci has no checkCodeQuality/analyseCode; upgrade it.');
    process.exit(2);
  }
  let rules: Rule[];
  let analysis: Analysis;
  try {
    rules = await ci.checkCodeQuality(project);
    analysis = await ci.analyseCode(project);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log('代码分析 (analyseCode):');
  for (const line of summarise(analysis)) console.log(line);
  console.log('代码质量 (checkCodeQuality):');
  for (const r of rules)
    console.log(`  ${r.success ? 'ok  ' : 'FAIL'} ${r.name}${r.success ? '' : ` — ${r.text}`}`);
  const failed = rules.filter((r) => !r.success);
  console.log(`weapp-check: ${rules.length} rules, ${failed.length} flagged`);
  // miniprogram-ci leaves a file watcher running: exit explicitly.
  process.exit(failed.length ? 1 : 0);
}

void main().catch((e: unknown) => {
  console.error('weapp-check: miniprogram-ci failed:', e);
  process.exit(2);
});
