/** Debian's chromium driven by playwright-core (no downloaded browsers here), a phone-sized context. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ARTIFACTS = path.resolve(__dirname, '../artifacts');

/** Debian chromium with a phone profile (390×844, DPR 2, touch, zh-CN) on a fresh profile directory. */
export async function launch(
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-chromium-')),
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
}

/** Taro H5 page transitions animate ~300 ms. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400);
}

export async function shot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await settle(page);
  await page.screenshot({ path: file, fullPage: true });
  return path.relative(process.cwd(), file);
}

/** NutUI buttons: click the button element itself, not its inner text. */
export function button(page: Page, text: string | RegExp) {
  return page.locator('button, taro-button-core, .nut-button', { hasText: text }).first();
}
