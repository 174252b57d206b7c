/**
 * Uploads end to end: POST /files and the signed GET through the runtime's HTTP handler, the
 * weapp path (files.register) against a fake cloud storage, and the attach rules other domains rely
 * on — the same on PGlite and PostgreSQL, with a real race on PostgreSQL.
 */
import type { AddressInfo } from 'node:net';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type http from 'node:http';
import { eq } from 'drizzle-orm';
import type { Role } from '@linli/types';
import { seedDemo } from '../../server/seed/seed';
import { createDevAuth } from '../../server/runtime/dev-auth';
import { createHttpServer } from '../../server/runtime/http';
import { communities, files } from '../../server/db/schema';
import { ensureUser } from '../../server/domain/users/first-sight';
import { rolesIn } from '../../server/domain/users/users.repository';
import { AppError } from '../../server/domain/shared/app-error';
import type { Ctx } from '../../server/domain/shared/context';
import {
  attachFiles,
  attachedViews,
  fileViews,
  storeUpload,
  sweepLooseFiles,
  viewsByRecord,
} from '../../server/domain/files/files.service';
import { signedPath } from '../../server/domain/files/signing';
import { setFileStore } from '../../server/domain/files/storage';
import { createLocalStore } from '../../server/storage/local-store';
import { createCloudStore, type WxCloudStorage } from '../../server/storage/cloud-store';
import { createTestDb, onPostgres, type TestDb } from './support/test-db';
import { caller } from './support/call';
import { adts, GPS_XMP, jpegWithGps, mp3, pngWithMetadata } from '../support/file-samples';

const C = 'bijiqiao';
const GPS_TAG = Buffer.from([0x88, 0x25]);
let t: TestDb;
let server: http.Server;
let base: string;
const storeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-files-'));
const devAuth = createDevAuth(crypto.randomBytes(32));
const auth = (openid: string) => ({ authorization: `Bearer ${devAuth.issue(openid)}` });

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  await t.db
    .insert(communities)
    .values({ id: 'other', name: '光华社区', district: '青羊区', street: '光华街道' });
  setFileStore(createLocalStore(storeDir));
  server = createHttpServer({ db: t.db, mode: 'local', devAuth, ratePerSecond: 1000 });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => {
  server.close();
  server.closeAllConnections();
  await t.drop();
  fs.rmSync(storeDir, { recursive: true, force: true });
}, 60_000);

async function upload(body: Buffer, query: string, headers: Record<string, string> = auth('demo-elder')) {
  const res = await fetch(`${base}/files?${query}`, { method: 'POST', headers, body: new Uint8Array(body) });
  return { status: res.status, json: (await res.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function get(url: string) {
  const res = await fetch(base + url);
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    body: Buffer.from(await res.arrayBuffer()),
  };
}

describe('POST /files and the signed GET', () => {
  it('stores a photo without its location and serves it only through the signed URL', async () => {
    const res = await upload(jpegWithGps(), `communityId=${C}&purpose=appeal_photo`);
    expect(res.status).toBe(200);
    const { fileId, url } = res.json.data as { fileId: string; url: string };
    expect(url).toMatch(new RegExp(`^/files/${C}/${fileId}\\?exp=\\d+&sig=[\\w-]+$`));

    const served = await get(url);
    expect(served.status).toBe(200);
    expect(served.type).toBe('image/jpeg');
    expect(served.body.includes(GPS_TAG)).toBe(false);
    expect(served.body.includes(Buffer.from(GPS_XMP))).toBe(false);
    // Not even the stored copy keeps the location.
    expect(fs.readFileSync(path.join(storeDir, C, fileId)).equals(served.body)).toBe(true);
  });

  it('answers 403 in the reply shape without a signature, with a forged, moved or expired one', async () => {
    const { fileId, url } = (await upload(pngWithMetadata(), `communityId=${C}&purpose=item_photo`)).json
      .data;
    const other = (await upload(pngWithMetadata(), `communityId=${C}&purpose=item_photo`)).json.data.fileId;
    const sig = new URL(url, base).searchParams.get('sig')!;
    const exp = new URL(url, base).searchParams.get('exp')!;
    const expired = await signedPath(t.db, C, fileId, new Date(Date.now() - 3 * 3600 * 1000));
    for (const bad of [
      `/files/${C}/${fileId}`,
      `/files/${C}/${fileId}?exp=${exp}&sig=${sig.slice(0, -2)}xx`,
      `/files/${C}/${other}?exp=${exp}&sig=${sig}`,
      `/files/${C}/${fileId}?exp=${Number(exp) + 3600}&sig=${sig}`,
      expired,
    ]) {
      const res = await fetch(base + bad);
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({
        ok: false,
        error: { code: 'FILES.LINK_INVALID', message: expect.stringContaining('链接') },
      });
    }
  });

  it('refuses callers who are not signed in or not members, and unknown purposes', async () => {
    const q = `communityId=${C}&purpose=appeal_photo`;
    expect((await upload(jpegWithGps(), q, {})).json.error.code).toBe('AUTH.REQUIRED');
    expect((await upload(jpegWithGps(), q, { authorization: 'Bearer x.y' })).json.error.code).toBe(
      'AUTH.INVALID_TOKEN',
    );
    expect((await upload(jpegWithGps(), `communityId=other&purpose=appeal_photo`)).json.error.code).toBe(
      'COMMUNITY.NOT_MEMBER',
    );
    expect((await upload(jpegWithGps(), `communityId=${C}&purpose=avatar`)).json.error.code).toBe(
      'INPUT.INVALID',
    );
  });

  it('checks content, size and voice length before anything is stored', async () => {
    const before = (await t.db.select().from(files)).length;
    const gif = await upload(Buffer.from('GIF89a\x01\x00\x01\x00'), `communityId=${C}&purpose=appeal_photo`);
    expect(gif).toMatchObject({ status: 415, json: { ok: false, error: { code: 'FILES.BAD_TYPE' } } });
    const huge = await upload(
      Buffer.concat([jpegWithGps(), Buffer.alloc(6 * 1024 * 1024)]),
      `communityId=${C}&purpose=appeal_photo`,
    );
    expect(huge).toMatchObject({ status: 413, json: { error: { code: 'FILES.TOO_LARGE' } } });
    const long = await upload(adts(70), `communityId=${C}&purpose=appeal_voice&durationMs=10000`);
    expect(long.json.error.code).toBe('FILES.TOO_LONG');
    expect((await t.db.select().from(files)).length).toBe(before);

    const voice = await upload(mp3(20), `communityId=${C}&purpose=appeal_voice`);
    expect(voice.status).toBe(200);
    const [view] = await fileViews(t.db, C, [voice.json.data.fileId]);
    expect(view).toMatchObject({ mime: 'audio/mpeg', durationMs: expect.any(Number) });
    expect(Math.abs(view.durationMs! - 20_000)).toBeLessThan(100);
    expect((await get(view.url)).type).toBe('audio/mpeg');
  });
});

/** A context as the router builds it, inside a transaction. */
async function asPerson<T>(openid: string, run: (ctx: Ctx) => Promise<T>): Promise<T> {
  const user = await ensureUser(t.db, openid);
  const roles = ((await rolesIn(t.db, C, user.id)) ?? []) as Role[];
  return t.db.transaction((tx) =>
    run({ db: tx, actor: { userId: user.id, openid }, roles, now: new Date() }),
  );
}

async function newPhoto(openid: string, purpose: 'appeal_photo' | 'event_cover' = 'appeal_photo') {
  const user = await ensureUser(t.db, openid);
  return (await storeUpload(t.db, { communityId: C, ownerId: user.id, purpose, bytes: jpegWithGps() }))
    .fileId;
}

async function codeOf(p: Promise<unknown>): Promise<string | null> {
  try {
    await p;
    return null;
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
}

const appeal = (id: string) => ({ kind: 'appeal', id });

describe('attachFiles', () => {
  it("attaches the uploader's own files once; the same record again is a no-op", async () => {
    const [a, b] = [await newPhoto('demo-elder'), await newPhoto('demo-elder')];
    const opts = {
      communityId: C,
      fileIds: [a, b],
      purpose: 'appeal_photo' as const,
      attachTo: appeal('A1'),
    };
    await asPerson('demo-elder', (ctx) => attachFiles(ctx, opts));
    await asPerson('demo-elder', (ctx) => attachFiles(ctx, opts));
    const rows = await t.db.select().from(files).where(eq(files.attachedToId, 'A1'));
    expect(rows.map((r) => r.id).sort()).toEqual([a, b].sort());
    expect(rows.every((r) => r.attachedToKind === 'appeal' && r.attachedAt)).toBe(true);

    const views = await attachedViews(t.db, C, appeal('A1'));
    expect(views.map((v) => v.id)).toEqual([a, b]);
    expect((await get(views[1].url)).status).toBe(200);
    const grouped = await viewsByRecord(t.db, C, 'appeal', ['A1', 'no-files']);
    expect([...grouped.keys()]).toEqual(['A1']);
    expect(await attachedViews(t.db, C, appeal('A1'), { purpose: 'appeal_voice' })).toEqual([]);
  });

  it('refuses a file already used by another record, and rolls back the whole claim', async () => {
    const [a, b] = [await newPhoto('demo-elder'), await newPhoto('demo-elder')];
    await asPerson('demo-elder', (ctx) =>
      attachFiles(ctx, { communityId: C, fileIds: [a], purpose: 'appeal_photo', attachTo: appeal('A2') }),
    );
    const code = await codeOf(
      asPerson('demo-elder', (ctx) =>
        attachFiles(ctx, {
          communityId: C,
          fileIds: [b, a],
          purpose: 'appeal_photo',
          attachTo: appeal('A3'),
        }),
      ),
    );
    expect(code).toBe('FILES.ALREADY_USED');
    const [rowB] = await t.db.select().from(files).where(eq(files.id, b));
    expect(rowB.attachedToId).toBeNull();
  });

  it("refuses someone else's file, another purpose, another community and unknown ids as not found", async () => {
    const mine = await newPhoto('demo-elder');
    const cover = await newPhoto('demo-elder', 'event_cover');
    const attach = (openid: string, communityId: string, ids: string[]) =>
      codeOf(
        asPerson(openid, (ctx) =>
          attachFiles(ctx, { communityId, fileIds: ids, purpose: 'appeal_photo', attachTo: appeal('A4') }),
        ),
      );
    expect(await attach('demo-resident', C, [mine])).toBe('FILES.NOT_FOUND');
    expect(await attach('demo-elder', C, [cover])).toBe('FILES.NOT_FOUND');
    expect(await attach('demo-elder', 'other', [mine])).toBe('FILES.NOT_FOUND');
    expect(await attach('demo-elder', C, [crypto.randomUUID()])).toBe('FILES.NOT_FOUND');
  });

  it("lets a grid worker or staff attach a resident's upload to a record made on their behalf", async () => {
    const photo = await newPhoto('demo-elder');
    await asPerson('demo-grid', (ctx) =>
      attachFiles(ctx, { communityId: C, fileIds: [photo], purpose: 'appeal_photo', attachTo: appeal('A5') }),
    );
    const [row] = await t.db.select().from(files).where(eq(files.id, photo));
    expect(row.attachedToId).toBe('A5');
  });

  it('two records claiming the same photo at once: exactly one wins', async () => {
    const photo = await newPhoto('demo-elder');
    // On PostgreSQL every transaction is open before any of them claims, so they truly overlap
    // (PGlite runs one transaction at a time: there the barrier must not wait).
    const parties = onPostgres ? 3 : 1;
    let arrived = 0;
    let release!: () => void;
    const allIn = new Promise<void>((r) => (release = r));
    const claim = (id: string) =>
      codeOf(
        asPerson('demo-elder', async (ctx) => {
          await ctx.db.select().from(files).where(eq(files.id, photo));
          if (++arrived >= parties) release();
          await allIn;
          await attachFiles(ctx, {
            communityId: C,
            fileIds: [photo],
            purpose: 'appeal_photo',
            attachTo: appeal(id),
          });
          await new Promise((r) => setTimeout(r, 50)); // hold the lock while the others wait
        }),
      );
    const results = await Promise.all([claim('R1'), claim('R2'), claim('R3')]);
    expect(results.filter((r) => r === null)).toHaveLength(1);
    expect(results.filter((r) => r === 'FILES.ALREADY_USED')).toHaveLength(2);
    const [row] = await t.db.select().from(files).where(eq(files.id, photo));
    expect(['R1', 'R2', 'R3'][results.indexOf(null)]).toBe(row.attachedToId);
  });
});

describe('the sweep of loose uploads', () => {
  it('deletes uploads never attached after a day, rows and bytes, and keeps attached and fresh ones', async () => {
    const elder = await ensureUser(t.db, 'demo-elder');
    const now = new Date();
    const old = new Date(now.getTime() - 25 * 3600 * 1000);
    const put = (at: Date) =>
      storeUpload(t.db, {
        communityId: C,
        ownerId: elder.id,
        purpose: 'evidence',
        bytes: jpegWithGps(),
        now: at,
      });
    const [loose, kept, fresh] = [await put(old), await put(old), await put(now)];
    await asPerson('demo-elder', (ctx) =>
      attachFiles(ctx, {
        communityId: C,
        fileIds: [kept.fileId],
        purpose: 'evidence',
        attachTo: appeal('S1'),
      }),
    );
    expect(await sweepLooseFiles(t.db, now)).toBeGreaterThanOrEqual(1);
    const left = new Set((await t.db.select({ id: files.id }).from(files)).map((r) => r.id));
    expect([left.has(loose.fileId), left.has(kept.fileId), left.has(fresh.fileId)]).toEqual([
      false,
      true,
      true,
    ]);
    expect(fs.existsSync(path.join(storeDir, C, loose.fileId))).toBe(false);
    expect(fs.existsSync(path.join(storeDir, C, kept.fileId))).toBe(true);
    expect((await get(await signedPath(t.db, C, loose.fileId))).status).toBe(404);
  });
});

describe('files.register (weapp: cloud storage)', () => {
  function fakeCloud() {
    const objects = new Map<string, Buffer>();
    const sdk: WxCloudStorage = {
      async uploadFile({ cloudPath, fileContent }) {
        const fileID = `cloud://env-1.bucket/${cloudPath}`;
        objects.set(fileID, fileContent);
        return { fileID };
      },
      async downloadFile({ fileID }) {
        const hit = objects.get(fileID);
        if (!hit) throw Object.assign(new Error('storage file not exist'), { errCode: -503003 });
        return { fileContent: hit };
      },
      async deleteFile({ fileList }) {
        fileList.forEach((id) => objects.delete(id));
        return {};
      },
      async getTempFileURL({ fileList }) {
        return {
          fileList: fileList.map((f) => ({
            fileID: f.fileID,
            status: 0,
            tempFileURL: `https://tmp.example/${f.fileID.slice(8)}?t=${f.maxAge}`,
          })),
        };
      },
    };
    return { objects, sdk };
  }

  it('checks the uploaded object, keeps a cleaned copy under its own key and deletes the upload', async () => {
    const cloud = fakeCloud();
    setFileStore(createCloudStore(() => cloud.sdk));
    try {
      const uploadId = `cloud://env-1.bucket/uploads/${C}/tmp-1.jpg`;
      cloud.objects.set(uploadId, jpegWithGps());
      const call = caller(t.db);
      const out = await call.ok('demo-elder', 'files', 'register', {
        communityId: C,
        purpose: 'appeal_photo',
        cloudFileId: uploadId,
      });
      expect(cloud.objects.has(uploadId)).toBe(false);
      const stored = cloud.objects.get(`cloud://env-1.bucket/files/${C}/${out.fileId}`)!;
      expect(stored.includes(GPS_TAG)).toBe(false);
      expect(out.url).toBe(`https://tmp.example/env-1.bucket/files/${C}/${out.fileId}?t=3600`);

      cloud.objects.set(`cloud://env-1.bucket/uploads/${C}/tmp-2.gif`, Buffer.from('GIF89a....'));
      const refusals = [
        await call.err('demo-elder', 'files', 'register', {
          communityId: C,
          purpose: 'appeal_photo',
          cloudFileId: `cloud://env-1.bucket/uploads/${C}/tmp-2.gif`,
        }),
        await call.err('demo-elder', 'files', 'register', {
          communityId: C,
          purpose: 'appeal_photo',
          cloudFileId: `cloud://env-1.bucket/uploads/${C}/gone.jpg`,
        }),
        await call.err('demo-elder', 'files', 'register', {
          communityId: C,
          purpose: 'appeal_photo',
          cloudFileId: `cloud://env-1.bucket/uploads/other/tmp-3.jpg`,
        }),
      ];
      expect(refusals.map((r) => r.code)).toEqual(['FILES.BAD_TYPE', 'FILES.NOT_FOUND', 'FILES.NOT_FOUND']);
    } finally {
      setFileStore(createLocalStore(storeDir));
    }
  });
});
