/**
 * `npm run e2e`: starts the runtime on fresh data, drives Debian chromium over the H5 build, saves
 * screenshots in tests/e2e/artifacts/, and ends with "e2e: N passed, N failed, N skipped".
 */
import { launch } from './support/browser';
import { startRuntime } from './support/runtime';
import type { Spec } from './support/spec';
import { residentSeesBanquet } from './specs/resident-sees-banquet.spec';
import { seniorSignsUp } from './specs/senior-signs-up.spec';
import { staffChecksIn } from './specs/staff-checks-in.spec';
import { staffEventForm } from './specs/staff-event-form.spec';
import { gridProxySignup } from './specs/grid-proxy-signup.spec';
import { fundFlow, myPointsAndCertificate } from './specs/fund-flow.spec';
import { weappResident } from './weapp/resident.automator';
import { elderAccessibility, elderQuickSignup } from './specs/elder-mode.spec';
import { volunteerService } from './specs/volunteer-service.spec';
import { inboxPromotion } from './specs/inbox.spec';
import { appealsLoop } from './specs/appeals.spec';
import { surveysRound } from './specs/surveys.spec';
import { adminOnboarding } from './specs/admin.spec';
import { staffImportsAndAnnounces } from './specs/import.spec';
import { deliberationVote } from './specs/deliberation.spec';

const specs: Spec[] = [
  residentSeesBanquet,
  seniorSignsUp,
  staffChecksIn,
  staffEventForm,
  gridProxySignup,
  weappResident,
  fundFlow,
  myPointsAndCertificate,
  volunteerService,
  elderQuickSignup,
  elderAccessibility,
  inboxPromotion,
  appealsLoop,
  surveysRound,
  adminOnboarding,
  staffImportsAndAnnounces,
  deliberationVote,
];

async function main() {
  const only = process.argv[2];
  const chosen = specs.filter((s) => !only || s.name.includes(only));
  const runtime = await startRuntime();
  const context = await launch();
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  try {
    for (const spec of chosen) {
      const reason = spec.skip?.() ?? null;
      if (reason) {
        skipped++;
        console.log(`- skipped: ${spec.name} — ${reason}`);
        continue;
      }
      const screenshots: string[] = [];
      const t = Date.now();
      try {
        await spec.run({ url: runtime.url, context, screenshots });
        passed++;
        console.log(`✓ ${spec.name} (${Date.now() - t} ms)`);
      } catch (err) {
        failed++;
        console.log(`✗ ${spec.name}\n  ${(err as Error).stack ?? err}`);
      }
      for (const s of screenshots) console.log(`  screenshot: ${s}`);
    }
  } finally {
    await context.close();
    await runtime.stop();
  }
  console.log(`e2e: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
