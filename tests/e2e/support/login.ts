/** Act as a demo person on a fresh page: forget whoever the shared browser context was, then dev-login. */
import type { Page } from 'playwright-core';
import { button, settle } from './browser';

export async function loginAs(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(() => window.localStorage.clear());
  await page.goto(url);
  await page.reload();
  await page.getByText(`以 ${name} 身份进入`).first().waitFor({ timeout: 30_000 });
  await button(page, `以 ${name} 身份进入`).click();
  await page.getByText('社区微基金').first().waitFor({ timeout: 30_000 });
  await settle(page);
}

/** Open a page of the H5 app by its route (hash router). */
export async function open(page: Page, url: string, route: string): Promise<void> {
  await page.goto(`${url}#${route}`);
  await settle(page);
}

export const BANQUET_ID = 'chongyang-banquet';
export const BANQUET = '重阳敬老宴';
