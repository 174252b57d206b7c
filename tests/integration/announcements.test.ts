/** 通知公告 through the real router: staff post, 首页 shows the current ones pinned first, reads count once per member. */
import { seededApi } from './support/seeded';

const C = 'bijiqiao';
let clock = new Date();
const { api } = seededApi({ now: () => clock });
const hours = (h: number) => new Date(clock.getTime() + h * 3600_000).toISOString();

it('lets staff post and residents see the current ones on 首页, pinned first, expired ones gone', async () => {
  const old = await api.ok('demo-staff', 'announcements', 'post', {
    communityId: C,
    title: '停水通知',
    words: '明天 9:00–12:00 停水。',
    expiresAt: hours(2),
  });
  clock = new Date(clock.getTime() + 60_000);
  const pinned = await api.ok('demo-staff', 'announcements', 'post', {
    communityId: C,
    title: '疫苗接种',
    words: '周六社区卫生站。',
    pinned: true,
  });
  clock = new Date(clock.getTime() + 60_000);
  const latest = await api.ok('demo-admin', 'announcements', 'post', {
    communityId: C,
    title: '垃圾分类',
    words: '新的投放时间。',
  });
  expect(pinned).toMatchObject({ title: '疫苗接种', pinned: true, authorName: '王芳', readCount: 0 });

  const home = await api.ok('demo-elder', 'community', 'home', { communityId: C });
  expect(home.announcements.map((a) => a.id)).toEqual([pinned.id, latest.id, old.id]);
  expect(home.announcements.every((a) => a.readCount === null)).toBe(true);

  clock = new Date(clock.getTime() + 3 * 3600_000);
  const later = await api.ok('demo-elder', 'announcements', 'list', { communityId: C });
  expect(later.items.map((a) => a.title)).toEqual(['疫苗接种', '垃圾分类']);
  expect((await api.err('demo-elder', 'announcements', 'detail', { communityId: C, id: old.id })).code).toBe(
    'ANNOUNCEMENTS.NOT_FOUND',
  );
});

it('counts one read per member, however often they open it or retry', async () => {
  const a = await api.ok('demo-staff', 'announcements', 'post', {
    communityId: C,
    title: '议事会',
    words: '周五晚七点。',
  });
  await api.ok('demo-elder', 'announcements', 'markRead', { communityId: C, id: a.id });
  await api.ok('demo-elder', 'announcements', 'markRead', { communityId: C, id: a.id });
  await api.ok('demo-elder', 'announcements', 'markRead', { communityId: C, id: a.id }, 'same-key');
  await api.ok('demo-elder', 'announcements', 'markRead', { communityId: C, id: a.id }, 'same-key');
  const mine = await api.ok('demo-volunteer', 'announcements', 'markRead', { communityId: C, id: a.id });
  expect(mine.readCount).toBeNull();
  const seen = await api.ok('demo-staff', 'announcements', 'detail', { communityId: C, id: a.id });
  expect(seen.readCount).toBe(2);
  expect(
    (await api.ok('demo-elder', 'announcements', 'detail', { communityId: C, id: a.id })).readCount,
  ).toBeNull();
});

it('refuses residents who try to post or withdraw, and an expiry in the past', async () => {
  expect(
    (await api.err('demo-elder', 'announcements', 'post', { communityId: C, title: 'x', words: 'y' })).code,
  ).toBe('AUTH.FORBIDDEN');
  expect(
    (
      await api.err('demo-staff', 'announcements', 'post', {
        communityId: C,
        title: 'x',
        words: 'y',
        expiresAt: hours(-1),
      })
    ).code,
  ).toBe('ANNOUNCEMENTS.BAD_EXPIRY');
  const a = await api.ok('demo-staff', 'announcements', 'post', {
    communityId: C,
    title: '撤回我',
    words: '发错了',
  });
  expect((await api.err('demo-elder', 'announcements', 'withdraw', { communityId: C, id: a.id })).code).toBe(
    'AUTH.FORBIDDEN',
  );
  const after = await api.ok('demo-staff', 'announcements', 'withdraw', { communityId: C, id: a.id });
  expect(after.items.map((x) => x.id)).not.toContain(a.id);
  // Withdrawing again (a retry, a colleague) is the same outcome.
  await api.ok('demo-admin', 'announcements', 'withdraw', { communityId: C, id: a.id });
  expect((await api.err('demo-elder', 'announcements', 'markRead', { communityId: C, id: a.id })).code).toBe(
    'ANNOUNCEMENTS.NOT_FOUND',
  );
});

it('refuses a photo that is not the poster’s announcement upload', async () => {
  const res = await api.err('demo-staff', 'announcements', 'post', {
    communityId: C,
    title: '有图',
    words: '看图',
    fileIds: ['00000000-0000-4000-8000-000000000000'],
  });
  expect(res.code).toBe('FILES.NOT_FOUND');
});
