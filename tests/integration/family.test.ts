/** 家人代办: an elder links a relative by a code; the relative signs up for the elder and sees it. */
import { seedDemo } from '../../server/seed/seed';
import { caller } from './support/call';
import { createTestDb, type TestDb } from './support/test-db';

let t: TestDb;
let api: ReturnType<typeof caller>;
let clock = new Date();
const C = 'bijiqiao';
const BANQUET = 'chongyang-banquet';
const ELDER = 'demo-elder'; // 张秀英, born 1950
const SON = 'demo-resident'; // 李明, too young for the banquet himself

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  api = caller(t.db, () => clock);
});
afterAll(() => t.drop());

async function linkSon() {
  const { code } = await api.ok(ELDER, 'family', 'createCode', { communityId: C });
  return api.ok(SON, 'family', 'link', { communityId: C, code });
}

describe('linking by a shared code', () => {
  it('gives an eight-digit code that links the relative once; both sides see the link', async () => {
    const made = await api.ok(ELDER, 'family', 'createCode', { communityId: C });
    expect(made.code).toMatch(/^\d{8}$/);
    expect(new Date(made.expiresAt).getTime() - clock.getTime()).toBe(10 * 60_000);
    const sonView = await api.ok(SON, 'family', 'link', { communityId: C, code: made.code });
    expect(sonView.elders.map((p) => p.name)).toEqual(['张秀英']);
    expect(sonView.helpers).toEqual([]);
    const elderView = await api.ok(ELDER, 'family', 'overview', { communityId: C });
    expect(elderView.helpers.map((p) => p.name)).toEqual(['李明']);
    // One use: a third person cannot reuse it.
    const reused = await api.err('demo-volunteer', 'family', 'link', { communityId: C, code: made.code });
    expect(reused).toMatchObject({ status: 409, code: 'FAMILY.CODE_USED' });
  });

  it('refuses an expired code, a wrong code and linking oneself', async () => {
    const { code } = await api.ok(ELDER, 'family', 'createCode', { communityId: C });
    expect((await api.err(ELDER, 'family', 'link', { communityId: C, code })).code).toBe('FAMILY.SELF_LINK');
    clock = new Date(clock.getTime() + 11 * 60_000);
    const late = await api.err('demo-volunteer', 'family', 'link', { communityId: C, code });
    expect(late).toMatchObject({
      status: 404,
      code: 'FAMILY.CODE_INVALID',
      message: expect.stringContaining('过期'),
    });
    const wrong = code === '00000000' ? '00000001' : '00000000';
    expect((await api.err('demo-volunteer', 'family', 'link', { communityId: C, code: wrong })).code).toBe(
      'FAMILY.CODE_INVALID',
    );
  });

  it('makes a guesser wait after 5 wrong codes in 15 minutes, even with the right one', async () => {
    const guesser = 'res-0040';
    const { code } = await api.ok(ELDER, 'family', 'createCode', { communityId: C });
    const wrongs = ['11111111', '22222222', '33333333', '44444444', '55555555']
      .filter((c) => c !== code)
      .slice(0, 5);
    while (wrongs.length < 5) wrongs.push('66666666');
    for (const w of wrongs)
      expect((await api.err(guesser, 'family', 'link', { communityId: C, code: w })).code).toBe(
        'FAMILY.CODE_INVALID',
      );
    expect(await api.err(guesser, 'family', 'link', { communityId: C, code })).toMatchObject({
      status: 429,
      code: 'FAMILY.TOO_MANY_TRIES',
      message: expect.stringContaining('15 分钟'),
    });
    // Others are not held back by someone else's guessing.
    expect(
      (await api.ok(SON, 'family', 'link', { communityId: C, code })).elders.map((p) => p.name),
    ).toContain('张秀英');
  });

  it('a new code replaces the elder’s unused one', async () => {
    const first = await api.ok(ELDER, 'family', 'createCode', { communityId: C });
    const second = await api.ok(ELDER, 'family', 'createCode', { communityId: C });
    if (first.code !== second.code) {
      expect(
        (await api.err('demo-volunteer', 'family', 'link', { communityId: C, code: first.code })).code,
      ).toBe('FAMILY.CODE_INVALID');
    }
  });
});

describe('signing up for a linked elder', () => {
  it('signs the elder up under the elder’s own rules, recorded as done by the relative', async () => {
    const { elders } = await api.ok(SON, 'family', 'overview', { communityId: C });
    const elderId = elders[0].userId;
    const reg = await api.ok(SON, 'family', 'signupFor', {
      communityId: C,
      elderId,
      eventId: BANQUET,
      partySize: 2,
    });
    expect(reg).toMatchObject({
      status: 'confirmed',
      partySize: 2,
      proxyByName: '李明',
      eventTitle: '重阳敬老宴',
    });
    // The elder sees it as their own, marked as signed up by the son.
    const mine = await api.ok(ELDER, 'events', 'mine', { communityId: C });
    expect(mine.find((r) => r.eventId === BANQUET)).toMatchObject({ id: reg.id, proxyByName: '李明' });
    // The son sees the elder's registrations and can open the ticket; his own list stays empty.
    const theirs = await api.ok(SON, 'family', 'registrations', { communityId: C, elderId });
    expect(theirs.map((r) => r.id)).toContain(reg.id);
    const ticket = await api.ok(SON, 'family', 'ticket', { communityId: C, elderId, registrationId: reg.id });
    expect(ticket).toMatchObject({ holderName: '张秀英', seatNos: reg.seatNos });
    expect((await api.ok(SON, 'events', 'mine', { communityId: C })).some((r) => r.id === reg.id)).toBe(
      false,
    );
    // Same rules as self sign-up: one registration per person per event.
    const again = await api.err(SON, 'family', 'signupFor', {
      communityId: C,
      elderId,
      eventId: BANQUET,
      partySize: 1,
    });
    expect(again.code).toBe('EVENTS.ALREADY_REGISTERED');
  });

  it('refuses anyone not linked, and a ticket that is not the elder’s', async () => {
    const { elders } = await api.ok(SON, 'family', 'overview', { communityId: C });
    const elderId = elders[0].userId;
    const stranger = await api.err('demo-volunteer', 'family', 'signupFor', {
      communityId: C,
      elderId,
      eventId: BANQUET,
      partySize: 1,
    });
    expect(stranger).toMatchObject({ status: 403, code: 'FAMILY.NOT_LINKED' });
    expect(
      (await api.err('demo-volunteer', 'family', 'registrations', { communityId: C, elderId })).code,
    ).toBe('FAMILY.NOT_LINKED');
    // The link is one way: the elder cannot act for the son.
    const me = await api.ok(ELDER, 'user', 'me', {});
    const sonId = (await api.ok(ELDER, 'family', 'overview', { communityId: C })).helpers[0].userId;
    expect(me.userId).not.toBe(sonId);
    expect((await api.err(ELDER, 'family', 'registrations', { communityId: C, elderId: sonId })).code).toBe(
      'FAMILY.NOT_LINKED',
    );
    // A registration of somebody else is not reachable through the elder's link.
    const own = await api.ok('demo-committee', 'events', 'signup', {
      communityId: C,
      eventId: BANQUET,
      partySize: 1,
    });
    const foreign = await api.err(SON, 'family', 'ticket', {
      communityId: C,
      elderId,
      registrationId: own.id,
    });
    expect(foreign.code).toBe('EVENTS.REGISTRATION_NOT_FOUND');
  });

  it('either side can unlink, after which the relative can no longer act', async () => {
    const elderView = await api.ok(ELDER, 'family', 'overview', { communityId: C });
    const elderId = (await api.ok(SON, 'family', 'overview', { communityId: C })).elders[0].userId;
    const after = await api.ok(ELDER, 'family', 'unlink', {
      communityId: C,
      linkId: elderView.helpers[0].linkId,
    });
    expect(after.helpers).toEqual([]);
    expect((await api.err(SON, 'family', 'registrations', { communityId: C, elderId })).code).toBe(
      'FAMILY.NOT_LINKED',
    );
    const gone = await api.err(SON, 'family', 'unlink', {
      communityId: C,
      linkId: elderView.helpers[0].linkId,
    });
    expect(gone.code).toBe('FAMILY.LINK_NOT_FOUND');
    // Relinked, the son can end it from his side too.
    const linked = await linkSon();
    const end = await api.ok(SON, 'family', 'unlink', { communityId: C, linkId: linked.elders[0].linkId });
    expect(end.elders).toEqual([]);
  });

  it('stops at five relatives per elder', async () => {
    const relatives = [
      'demo-resident',
      'demo-volunteer',
      'demo-grid',
      'demo-staff',
      'demo-committee',
      'demo-merchant',
    ];
    const answers: string[] = [];
    for (const who of relatives) {
      const { code } = await api.ok(ELDER, 'family', 'createCode', { communityId: C });
      const res = await api.raw(
        'family',
        { action: 'link', data: { communityId: C, code }, requestKey: `k-${who}-${Date.now()}` },
        who,
      );
      answers.push(res.reply.ok ? 'ok' : res.reply.error.code);
    }
    expect(answers).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'FAMILY.TOO_MANY']);
  });
});
