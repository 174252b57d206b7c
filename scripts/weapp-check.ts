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

interface Finding {
  check: string;
  name: string;
  passed: boolean;
  detail: string;
}

type Ci = {
  Project: new (o: Record<string, unknown>) => unknown;
  checkCodeQuality?: (p: unknown) => Promise<unknown>;
  analyseCode?: (p: unknown) => Promise<unknown>;
};

function loadCi(): Ci {
  try {
    return require('miniprogram-ci') as Ci;
  } catch {
    console.error('weapp-check: miniprogram-ci is not installed (add it to devDependencies).');
    process.exit(2);
  }
}

/** One line per item, whatever shape a miniprogram-ci version reports in. */
function findings(check: string, report: unknown): Finding[] {
  const items: [string, unknown][] = Array.isArray(report)
    ? report.map((r, i) => [String((r as { name?: string })?.name ?? i), r])
    : report && typeof report === 'object'
      ? Object.entries(report as Record<string, unknown>)
      : [[check, report]];
  return items.map(([name, v]) => {
    const o = (v && typeof v === 'object' ? v : { value: v }) as Record<string, unknown>;
    const failed =
      o.success === false ||
      o.pass === false ||
      o.passed === false ||
      o.status === 'fail' ||
      o.level === 'error';
    const text = String(o.desc ?? o.message ?? o.msg ?? o.text ?? '');
    return { check, name: String(o.name ?? o.key ?? name), passed: !failed, detail: text };
  });
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
  const all: Finding[] = [];
  try {
    if (!ci.checkCodeQuality || !ci.analyseCode) {
      console.error('weapp-check: this miniprogram-ci has no checkCodeQuality/analyseCode; upgrade it.');
      process.exit(2);
    }
    all.push(...findings('代码质量', await ci.checkCodeQuality(project)));
    all.push(...findings('代码分析', await ci.analyseCode(project)).map((f) => ({ ...f, passed: true })));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const failed = all.filter((f) => !f.passed);
  for (const f of all) {
    console.log(`${f.passed ? 'ok  ' : 'FAIL'} ${f.check} · ${f.name}${f.detail ? ` — ${f.detail}` : ''}`);
  }
  console.log(`weapp-check: ${all.length} items, ${failed.length} flagged`);
  if (failed.length) process.exit(1);
}

void main().catch((e: unknown) => {
  console.error('weapp-check: miniprogram-ci failed:', e);
  process.exit(2);
});
