/**
 * Hardening from outside (issue 18): what a probe of the running app found, each through the real
 * router, on PGlite and (with DATABASE_URL) on PostgreSQL.
 */
import { setAllowedUrlHosts } from '@linli/types';
import { sql } from 'drizzle-orm';
import { query } from '../../server/db/query';
import { seedDemo } from '../../server/seed/seed';
import { COMMUNITY_WRONG_CODES, MAX_WRONG_CODES } from '../../server/domain/family/family.service';
import { caller, freshKey } from './support/call';
import { addResidents, eventInput } from './support/fixtures';
import { createTestDb, onPostgres, type TestDb } from './support/test-db';

jest.setTimeout(120_000);

let t: TestDb;
let api: ReturnType<typeof caller>;
let clock = new Date();
const C = 'bijiqiao';
const BANQUET = 'chongyang-banquet'; // 重阳敬老宴, 60+
const CLINIC = 'free-clinic'; // 社区义诊
const ELDER = 'demo-elder'; // 张秀英, born 1950
const SON = 'demo-resident'; // 李明
const STAFF = 'demo-staff';
const GRID = 'demo-grid'; // 刘建华

beforeAll(async () => {
  t = await createTestDb({ poolSize: 10 });
  await seedDemo(t.db);
  await addResidents(t.db, C, 'hx', 60, 1988);
  api = caller(t.db, () => clock);
});
afterAll(() => t.drop());

async function elderIdOf(relative: string): Promise<string> {
  return (await api.ok(relative, 'family', 'overview', { communityId: C })).elders[0].userId;
}

describe('check-in is per event', () => {
  it('refuses a ticket for another event, naming that event, and checks nothing in', async () => {
    const banquet = await api.ok(ELDER, 'events', 'signup', {
      communityId: C,
      eventId: BANQUET,
      partySize: 1,
    });
    const { token } = await api.ok(ELDER, 'events', 'ticket', { communityId: C, registrationId: banquet.id });
    const atClinic = await api.err(STAFF, 'events', 'checkInByCode', {
      communityId: C,
      eventId: CLINIC,
      token,
    });
    expect(atClinic).toEqual({
      status: 409,
      code: 'EVENTS.TICKET_OTHER_EVENT',
      message: '这张票不是本场活动的，不能在这里签到（这是「重阳敬老宴」的票）',
    });
    const roster = await api.ok(STAFF, 'events', 'roster', { communityId: C, eventId: BANQUET });
    expect(roster.find((r) => r.registrationId === banquet.id)?.checkedInAt).toBeNull();
    const atBanquet = await api.ok(STAFF, 'events', 'checkInByCode', {
      communityId: C,
      eventId: BANQUET,
      token,
    });
    expect(atBanquet).toMatchObject({ registrationId: banquet.id, name: '张秀英', alreadyCheckedIn: false });
  });

  it('needs the event: a code alone is refused by the contract', async () => {
    const res = await api.err(STAFF, 'events', 'checkInByCode', {
      communityId: C,
      token: 'L1.bijiqiao.x.abcdefghijklmnopqrstuv',
    });
    expect(res).toMatchObject({ status: 400, code: 'INPUT.INVALID' });
    // Not a ticket at all: the ticket's own message, before anything is stored.
    const junk = await api.err(STAFF, 'events', 'checkInByCode', {
      communityId: C,
      eventId: BANQUET,
      token: '../../etc/passwd',
    });
    expect(junk).toMatchObject({ status: 400, code: 'EVENTS.TICKET_INVALID' });
  });
});

describe('access through a family link ends with the link', () => {
  it('after unlinking, the relative can no longer read the ticket or cancel; what they did stays recorded', async () => {
    const { code } = await api.ok(ELDER, 'family', 'createCode', { communityId: C });
    await api.ok(SON, 'family', 'link', { communityId: C, code });
    const elderId = await elderIdOf(SON);
    const reg = await api.ok(SON, 'family', 'signupFor', {
      communityId: C,
      elderId,
      eventId: CLINIC,
      partySize: 1,
    });
    // While linked: the relative may open the ticket (with its QR token) through either door.
    const ticket = await api.ok(SON, 'events', 'ticket', { communityId: C, registrationId: reg.id });
    expect(ticket.token).toMatch(/^L1\./);

    const { helpers } = await api.ok(ELDER, 'family', 'overview', { communityId: C });
    await api.ok(ELDER, 'family', 'unlink', { communityId: C, linkId: helpers[0].linkId });

    const read = await api.err(SON, 'events', 'ticket', { communityId: C, registrationId: reg.id });
    expect(read).toMatchObject({ status: 404, code: 'EVENTS.REGISTRATION_NOT_FOUND' });
    const viaFamily = await api.err(SON, 'family', 'ticket', {
      communityId: C,
      elderId,
      registrationId: reg.id,
    });
    expect(viaFamily.code).toBe('FAMILY.NOT_LINKED');
    const cancel = await api.err(SON, 'events', 'cancelRegistration', {
      communityId: C,
      registrationId: reg.id,
    });
    expect(cancel).toMatchObject({ status: 404, code: 'EVENTS.REGISTRATION_NOT_FOUND' });
    // The elder's registration stands, still marked as signed up by the son.
    const mine = await api.ok(ELDER, 'events', 'mine', { communityId: C });
    expect(mine.find((r) => r.id === reg.id)).toMatchObject({ status: 'confirmed', proxyByName: '李明' });
  });
});

describe('a grid worker and a proxy registration the family has claimed', () => {
  it('may read and cancel it before the claim, neither after; the roster still says who signed up', async () => {
    const proxy = {
      communityId: C,
      eventId: CLINIC,
      name: '王桂兰',
      estateId: 'bijiyuan',
      building: '5栋',
      unit: '1单元',
      birthYear: 1942,
      partySize: 1,
    };
    const first = await api.ok(GRID, 'events', 'proxySignup', proxy);
    const id = first.registration.id;
    expect((await api.ok(GRID, 'events', 'ticket', { communityId: C, registrationId: id })).holderName).toBe(
      '王桂兰',
    );

    // The daughter claims the slip on the elder's new phone.
    await api.ok('hx-0001', 'events', 'claimProxy', { communityId: C, code: first.claimCode });
    const theirs = await api.ok('hx-0001', 'events', 'mine', { communityId: C });
    expect(theirs.find((r) => r.id === id)).toMatchObject({ proxyByName: '刘建华' });

    expect((await api.err(GRID, 'events', 'ticket', { communityId: C, registrationId: id })).code).toBe(
      'EVENTS.REGISTRATION_NOT_FOUND',
    );
    expect(
      (await api.err(GRID, 'events', 'cancelRegistration', { communityId: C, registrationId: id })).code,
    ).toBe('EVENTS.REGISTRATION_NOT_FOUND');
    const roster = await api.ok(STAFF, 'events', 'roster', { communityId: C, eventId: CLINIC });
    expect(roster.find((r) => r.registrationId === id)).toMatchObject({ proxyByName: '刘建华' });
  });
});

describe('family codes cannot be guessed', () => {
  const wrongCodes = (n: number, avoid: string) =>
    Array.from({ length: n }, (_, i) => String(10_000_000 + i * 7919).padStart(8, '0')).filter(
      (c) => c !== avoid,
    );

  it(`holds the per-person budget under concurrency: 50 wrong codes at once, at most ${MAX_WRONG_CODES} evaluated`, async () => {
    clock = new Date(clock.getTime() + 60 * 60_000);
    const { code } = await api.ok(ELDER, 'family', 'createCode', { communityId: C });
    const answers = await Promise.all(
      wrongCodes(50, code).map((c) =>
        api.raw(
          'family',
          { action: 'link', data: { communityId: C, code: c }, requestKey: freshKey() },
          'hx-0002',
        ),
      ),
    );
    const codes = answers.map((a) => (a.reply.ok ? 'ok' : a.reply.error.code));
    expect(codes.filter((c) => c === 'FAMILY.CODE_INVALID').length).toBeLessThanOrEqual(MAX_WRONG_CODES);
    expect(codes.filter((c) => c !== 'FAMILY.CODE_INVALID' && c !== 'FAMILY.TOO_MANY_TRIES')).toEqual([]);
    const [n] = await query<{ n: number }>(t.db, sql`select count(*)::int as n from family_wrong_codes`);
    expect(n.n).toBeLessThanOrEqual(MAX_WRONG_CODES);
    // Retrying one of them gets its first answer back (the refusal was stored with the count).
    console.log(`family link race (${onPostgres ? 'PostgreSQL' : 'PGlite'}): ${n.n} of 50 evaluated`);
  });

  it('does not scale with accounts: the community has one budget of wrong codes per window', async () => {
    clock = new Date(clock.getTime() + 60 * 60_000);
    const { code } = await api.ok(ELDER, 'family', 'createCode', { communityId: C });
    const guesses = wrongCodes(COMMUNITY_WRONG_CODES + 20, code);
    const answers: string[] = [];
    // Fresh accounts, each within its own 5: only the community's budget can stop them.
    for (let i = 0; i < guesses.length; i++) {
      const who = `hx-${String(10 + Math.floor(i / 4)).padStart(4, '0')}`;
      const res = await api.raw(
        'family',
        { action: 'link', data: { communityId: C, code: guesses[i] }, requestKey: freshKey() },
        who,
      );
      answers.push(res.reply.ok ? 'ok' : res.reply.error.code);
    }
    expect(answers.filter((a) => a === 'FAMILY.CODE_INVALID').length).toBe(COMMUNITY_WRONG_CODES);
    expect(answers.slice(COMMUNITY_WRONG_CODES).every((a) => a === 'FAMILY.COMMUNITY_TRIES')).toBe(true);
    const blocked = await api.err('hx-0050', 'family', 'link', { communityId: C, code });
    expect(blocked).toMatchObject({
      status: 429,
      code: 'FAMILY.COMMUNITY_TRIES',
      message: expect.stringContaining('15 分钟'),
    });
    // After the window the right code links again.
    clock = new Date(clock.getTime() + 16 * 60_000);
    const fresh = await api.ok(ELDER, 'family', 'createCode', { communityId: C });
    expect(
      (await api.ok('hx-0050', 'family', 'link', { communityId: C, code: fresh.code })).elders,
    ).toHaveLength(1);
  });

  it('issues eight-digit codes', async () => {
    const { code } = await api.ok(ELDER, 'family', 'createCode', { communityId: C });
    expect(code).toMatch(/^\d{8}$/);
    expect((await api.err(SON, 'family', 'link', { communityId: C, code: code.slice(0, 6) })).code).toBe(
      'INPUT.INVALID',
    );
  });
});

describe('one timestamp type with a sane range', () => {
  const event = () => eventInput(C, { title: '时间边界测试' });

  it('refuses year 1 (with an offset) and year 9999 in create, update and the audit cursor — never a 500', async () => {
    for (const bad of [
      '0001-01-01T00:00:00+08:00',
      '0000-12-31T23:00:00-01:00',
      '9999-12-31T23:59:59Z',
      '1999-12-31T23:59:59Z',
    ]) {
      for (const field of ['signupOpensAt', 'cancelDeadline', 'startsAt'] as const) {
        const res = await api.err(STAFF, 'events', 'create', { ...event(), [field]: bad });
        expect({ bad, field, ...res }).toEqual({
          bad,
          field,
          status: 400,
          code: 'INPUT.TIME_RANGE',
          message: expect.stringContaining('2000'),
        });
      }
      const upd = await api.err(STAFF, 'events', 'update', {
        communityId: C,
        eventId: CLINIC,
        cancelDeadline: bad,
      });
      expect(upd.code).toBe('INPUT.TIME_RANGE');
      const audit = await api.err('demo-admin', 'audit', 'list', { communityId: C, before: bad });
      expect(audit.code).toBe('INPUT.TIME_RANGE');
    }
    const cursor = await api.err(ELDER, 'points', 'history', {
      communityId: C,
      before: '0000-11-25T10:00:00.000000Z|00000000-0000-0000-0000-000000000000',
    });
    expect(cursor.code).toBe('INPUT.TIME_RANGE');
    expect(await api.ok(STAFF, 'events', 'create', event())).toMatchObject({ title: '时间边界测试' });
  });
});

describe('text displays as what it is', () => {
  it('refuses bidi overrides and control characters, normalises to NFC and drops zero-width characters', async () => {
    for (const name of ['\u202e英秀张', '张\u2066秀\u2069英', '张\u0007英', '张\u200e英']) {
      const res = await api.err(SON, 'user', 'updateProfile', { name });
      expect(res).toMatchObject({ status: 400, code: 'INPUT.HIDDEN_TEXT' });
    }
    const me = await api.ok(SON, 'user', 'updateProfile', { name: '李\u200b明\u200d e\u0301' });
    expect(me.name).toBe('李明 é');
    const reason = await api.err(STAFF, 'events', 'cancel', {
      communityId: C,
      eventId: CLINIC,
      reason: '场地\u202e取消',
    });
    expect(reason.code).toBe('INPUT.HIDDEN_TEXT');
  });
});

describe('links: only what the app issues', () => {
  afterEach(() => setAllowedUrlHosts([]));
  const item = (photoUrl: string | null) => ({
    communityId: C,
    title: '链接测试',
    merchantName: '测试商家',
    merchantUserId: null,
    pointsPrice: 10,
    costFen: 100,
    stock: 1,
    photoUrl,
    active: false,
  });

  it('refuses protocol-relative, http, javascript: and hosts not on the list; takes cloud://, /files/<id> and listed https', async () => {
    setAllowedUrlHosts(['img.linli.example']);
    for (const bad of [
      '//evil.example/x.png',
      '/\\evil.example/x.png',
      'http://img.linli.example/x.png',
      'javascript:alert(1)',
      'https://evil.example/x.png',
      'https://img.linli.example@evil.example/x.png',
      '/static/x.png',
    ]) {
      const res = await api.err(STAFF, 'shop', 'saveItem', item(bad));
      expect({ bad, ...res }).toMatchObject({ bad, status: 400, code: 'INPUT.BAD_URL' });
      const ev = await api.err(STAFF, 'fund', 'requestExpense', {
        communityId: C,
        amountFen: 100,
        purpose: '测试',
        evidenceUrl: bad,
      });
      expect({ bad, code: ev.code }).toEqual({ bad, code: 'INPUT.BAD_URL' });
    }
    for (const good of [
      'cloud://linli-prod.6c69-linli-prod/covers/a.png',
      '/files/7d0f3c1e-2b9a',
      'https://img.linli.example/covers/a.png',
    ]) {
      expect((await api.ok(STAFF, 'shop', 'saveItem', item(good))).photoUrl).toBe(good);
    }
  });
});
