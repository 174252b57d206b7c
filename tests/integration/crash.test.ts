/**
 * kill -9 the local runtime in the middle of a sign-up and redemption load, restart it on the same
 * data, and check: every acknowledged write is there (its retry returns the same reply), nothing is
 * doubled, and the ledger invariants hold.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomPort, spawnRuntime, waitReady, type RuntimeProcess } from './support/runtime-process';
import { templateDir } from './support/template';
import { onPostgres } from './support/test-db';

type Reply = { ok: boolean; data?: Record<string, unknown>; error?: { code: string } };

function client(rt: () => RuntimeProcess) {
  const tokens = new Map<string, string>();
  async function token(openid: string) {
    if (!tokens.has(openid)) {
      const r = await fetch(`${rt().url}/dev/login`, { method: 'POST', body: JSON.stringify({ openid }) });
      tokens.set(openid, ((await r.json()) as { token: string }).token);
    }
    return tokens.get(openid)!;
  }
  return async (openid: string, fn: string, action: string, data: unknown, requestKey?: string): Promise<Reply> => {
    const r = await fetch(`${rt().url}/fn/${fn}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await token(openid)}` },
      body: JSON.stringify({ action, data, requestKey }),
    });
    return (await r.json()) as Reply;
  };
}

interface Op {
  openid: string;
  fn: string;
  action: string;
  data: unknown;
  key: string;
  acked?: Reply;
}

(onPostgres ? it.skip : it)('keeps every acknowledged write and doubles nothing across a kill -9', async () => {
  const dataRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-crash-'));
  fs.cpSync(templateDir(), path.join(dataRoot, 'pglite'), { recursive: true });
  let rt = spawnRuntime(dataRoot, randomPort());
  await waitReady(rt);
  const call = client(() => rt);
  const C = 'bijiqiao';

  // A mixed load: 160 clinic sign-ups (120 seats) and 2 egg redemptions each for 30 residents given points.
  const residents = Array.from({ length: 160 }, (_, i) => `res-${String(i + 1).padStart(4, '0')}`);
  const items = (await call('demo-elder', 'shop', 'items', { communityId: C })).data as unknown as { id: string; title: string }[];
  const eggs = items.find((i) => i.title.includes('鸡蛋'))!;
  const ops: Op[] = residents.map((openid) => ({
    openid,
    fn: 'events',
    action: 'signup',
    data: { communityId: C, eventId: 'free-clinic', partySize: 1 },
    key: `crash-signup-${openid}`,
  }));
  for (const openid of residents.slice(0, 30)) {
    const me = (await call(openid, 'user', 'me', {})).data as { userId: string };
    const award = await call('demo-staff', 'points', 'award', { communityId: C, residentId: me.userId, amount: 100, reason: '崩溃测试' }, `crash-award-${openid}`);
    expect(award.ok).toBe(true);
    for (const n of [1, 2]) {
      ops.push({ openid, fn: 'shop', action: 'redeem', data: { communityId: C, itemId: eggs.id }, key: `crash-redeem-${openid}-${n}` });
    }
  }
  ops.sort(() => Math.random() - 0.5);

  // Fire with 10 in flight; kill -9 after ~100 acknowledgements, requests still in the air.
  let acked = 0;
  let next = 0;
  const killed = new Promise<void>((resolve) => {
    const workers = Array.from({ length: 10 }, async () => {
      while (next < ops.length) {
        const op = ops[next++];
        try {
          op.acked = await call(op.openid, op.fn, op.action, op.data, op.key);
          if (++acked === 100) {
            rt.child.kill('SIGKILL');
            resolve();
          }
        } catch {
          /* the connection died with the process: not acknowledged */
        }
      }
    });
    void Promise.all(workers).then(() => resolve());
  });
  await killed;
  await rt.exited;
  const ackedOps = ops.filter((o) => o.acked);
  expect(ackedOps.length).toBeGreaterThanOrEqual(100);

  // Restart on the same data: the stale lock of the dead process is taken over.
  rt = spawnRuntime(dataRoot, randomPort());
  await waitReady(rt);
  for (const op of ackedOps) {
    const again = await call(op.openid, op.fn, op.action, op.data, op.key);
    expect(again).toEqual(op.acked);
  }
  // Finish the ones that were in flight or never sent; a retry of a committed one is not doubled.
  for (const op of ops.filter((o) => !o.acked)) {
    const r = await call(op.openid, op.fn, op.action, op.data, op.key);
    expect(r.ok || ['EVENTS.FULL'].includes(r.error!.code)).toBe(true);
  }
  // Nothing doubled: each of the 30 spent exactly 2 × 50 of their 100 points, for exactly 2 redemptions.
  for (const openid of residents.slice(0, 30)) {
    const mine = (await call(openid, 'shop', 'myRedemptions', { communityId: C })).data as unknown as unknown[];
    expect(mine).toHaveLength(2);
    expect(((await call(openid, 'points', 'mine', { communityId: C })).data as { balance: number }).balance).toBe(0);
  }
  const staffRows = (await call('demo-staff', 'events', 'staffList', { communityId: C })).data as unknown as {
    id: string;
    capacity: number;
    seatsLeft: number;
    confirmedCount: number;
  }[];
  const clinic = staffRows.find((e) => e.id === 'free-clinic')!;
  expect(clinic.confirmedCount).toBe(clinic.capacity - clinic.seatsLeft);
  expect(clinic.confirmedCount).toBe(120);
  const report = (await call('demo-staff', 'points', 'invariants', { communityId: C }, 'crash-invariants')).data as { ok: boolean };
  expect(report.ok).toBe(true);

  rt.child.kill('SIGINT');
  expect(await rt.exited).toBe(0);
  fs.rmSync(dataRoot, { recursive: true, force: true });
  console.log(`crash test: ${ackedOps.length} writes acknowledged before kill -9, all present after restart`);
}, 180_000);
