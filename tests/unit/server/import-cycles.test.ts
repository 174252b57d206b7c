/**
 * No import cycles in server/, src/ or types/: a cycle means two modules each need the other to
 * load first (a half-initialised import at runtime) and that shared code belongs in a third module.
 * Type-only imports count too — they are the first step to a runtime cycle.
 */
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const ROOTS = ['server', 'src', 'types'];
const EXTENSIONS = ['.ts', '.tsx'];
// Taro picks `x.weapp.ts` or `x.h5.ts` for `x`: an import of `x` depends on every variant.
const PLATFORMS = ['', '.weapp', '.h5'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === 'migrations' ? [] : sourceFiles(full);
    return EXTENSIONS.includes(path.extname(d.name)) && !d.name.endsWith('.d.ts') ? [full] : [];
  });
}

function resolve(from: string, spec: string): string[] {
  let base: string;
  if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else if (spec === '@linli/types') base = path.join(root, 'types/index');
  else if (spec.startsWith('@linli/types/')) base = path.join(root, 'types', spec.slice('@linli/types/'.length));
  else if (spec.startsWith('@/')) base = path.join(root, 'src', spec.slice(2));
  else return []; // a package
  const candidates = [base, path.join(base, 'index')].flatMap((b) =>
    PLATFORMS.flatMap((p) => EXTENSIONS.map((e) => b + p + e)),
  );
  const found = candidates.filter((c) => fs.existsSync(c) && fs.statSync(c).isFile());
  if (fs.existsSync(base) && fs.statSync(base).isFile()) found.push(base);
  return found.slice(0, found.some((f) => /\.(weapp|h5)\.tsx?$/.test(f)) ? undefined : 1);
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function graph(): Map<string, string[]> {
  const files = ROOTS.flatMap((r) => sourceFiles(path.join(root, r)));
  const edges = new Map<string, string[]>();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const deps = new Set<string>();
    for (const m of text.matchAll(IMPORT)) for (const d of resolve(file, m[1] ?? m[2])) deps.add(d);
    edges.set(file, [...deps]);
  }
  return edges;
}

/** Strongly connected components of more than one file (or a file importing itself): Tarjan. */
function cycles(edges: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (edges.get(v) ?? []).includes(v)) found.push(scc.map((f) => path.relative(root, f)).sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return found;
}

test('the import graph finds the files it walks', () => {
  const edges = graph();
  const router = path.join(root, 'server/functions/router.ts');
  expect(edges.get(router)).toContain(path.join(root, 'server/functions/handlers.ts'));
});

test('no import cycles in server/, src/ or types/', () => {
  expect(cycles(graph())).toEqual([]);
});
