/** Act as a demo person on a fresh page: forget whoever the shared browser context was, then dev-login. */
import crypto from 'node:crypto';
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

/**
 * Call the runtime's functions as a demo person (dev login), for a spec's setup and checks outside the page:
 * `const api = await apiAs(url, 'demo-staff'); await api('events', 'list', {...})`.
 */
export async function apiAs(base: string, openid: string) {
  const url = base.replace(/\/$/, '');
  const res = await fetch(`${url}/dev/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ openid }),
  });
  const { token } = (await res.json()) as { token: string };
  return async <T>(fn: string, action: string, data: Record<string, unknown>): Promise<T> => {
    const r = await fetch(`${url}/fn/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ action, data, requestKey: `e2e-${crypto.randomUUID()}` }),
    });
    const body = (await r.json()) as { ok: boolean; data: T; error?: { code: string } };
    if (!body.ok) throw new Error(`${fn}.${action}: ${body.error?.code}`);
    return body.data;
  };
}
