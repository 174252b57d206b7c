/** axe-core in the page, plus the two elder-mode measures axe does not make: text size and tap size. */
import fs from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Serious and critical violations on the page as it is now, one line each. */
export async function axeProblems(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(
    () => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined',
  );
  // The app's CSP (script-src 'self') refuses an injected <script>; evaluation over the devtools protocol is not subject to it.
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const res = await axe.run(document, { resultTypes: ['violations'] });
    return res.violations as unknown;
  });
  return (violations as AxeViolation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map(
            (n) => `${JSON.stringify(n.target)} ${n.failureSummary?.split('\n').slice(1, 2).join('') ?? ''}`,
          )
          .join(' | ')}`,
    );
}

/**
 * In-page code as a string: tsx (esbuild keepNames) wraps named functions in a `__name` helper that
 * does not exist in the page.
 */
const SIZE_CHECK = `(() => {
  const out = [];
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
  };
  const root = Array.from(document.querySelectorAll('.page.elder')).find(visible);
  if (!root) return ['no visible .page.elder root'];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const ownText = Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.textContent || '').trim());
    if (!ownText || !visible(el)) continue;
    const px = parseFloat(getComputedStyle(el).fontSize);
    if (px < 17.9) out.push('text ' + px.toFixed(1) + 'px: "' + (el.textContent || '').trim().slice(0, 20) + '"');
  }
  for (const el of Array.from(root.querySelectorAll('.nut-button, .chip, [role="radio"], .event-card'))) {
    if (!visible(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width < 59.5 || r.height < 59.5) {
      out.push('tap ' + Math.round(r.width) + '×' + Math.round(r.height) + ': "' + (el.textContent || '').trim().slice(0, 20) + '"');
    }
  }
  return out;
})()`;

/** Elder mode: visible text under 18 px and tap targets under 60 × 60 on the page on screen. */
export async function elderSizeProblems(page: Page): Promise<string[]> {
  return (await page.evaluate(SIZE_CHECK)) as string[];
}
