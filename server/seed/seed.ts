/**
 * Seeds the demo community on first run, in one transaction (a crash mid-seed leaves nothing).
 * Dates are relative to now so the demo never goes stale.
 */
import { eq } from 'drizzle-orm';
import { ensureHouseholds, householdKey } from '../domain/households/households.repository';
import type { Db, Executor } from '../db/client';
import {
  communities,
  estates,
  eventRoles,
  events,
  memberRoles,
  members,
  shopItems,
  users,
} from '../db/schema';
import type { Role } from '@linli/types';
import type { Ctx } from '../domain/shared/context';
import { ensureSystemAccounts } from '../domain/ledger/ledger';
import { addDonation } from '../domain/fund/donations.service';
import { decideExpense, payExpense, requestExpense } from '../domain/fund/expenses.service';
import { shiftCheckIn, shiftCheckOut, volunteerSignup } from '../domain/events/volunteer.service';
import { seedAppeals } from './appeals';
import { seedSurveys } from './surveys';
import { seedTopics } from './topics';
import {
  COMMUNITY,
  COUNTS,
  DONATIONS,
  ESTATES,
  EXPENSES,
  FEATURED,
  GIVEN,
  MERCHANTS,
  SURNAMES,
  type DemoPerson,
} from './demo-data';

const HOUR = 3600_000;
/** A domain context for one demo person acting at a given time, inside the seed's transaction. */
type Actors = (openid: string, role: Role, at: Date) => Ctx;
const DAY = 24 * HOUR;

/** Deterministic so every fresh machine shows the same people. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function generatedPeople(): DemoPerson[] {
  const rand = rng(20261023);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const person = (
    openid: string,
    roles: DemoPerson['roles'],
    minYear: number,
    maxYear: number,
    i: number,
  ): DemoPerson => {
    const estate = pick(ESTATES);
    return {
      openid,
      name: pick(SURNAMES) + pick(GIVEN) + (rand() < 0.6 ? pick(GIVEN) : ''),
      birthYear: minYear + Math.floor(rand() * (maxYear - minYear + 1)),
      phone: `139${String(10_000_000 + i).slice(-8)}`,
      estate: estate.id,
      building: `${1 + Math.floor(rand() * estate.buildings)}栋`,
      unit: `${1 + Math.floor(rand() * 3)}单元`,
      // Floors 1–6, two flats a floor: neighbours share a flat now and then, as households do.
      room: `${1 + Math.floor(rand() * 6)}0${1 + Math.floor(rand() * 2)}`,
      roles,
    };
  };
  const out: DemoPerson[] = [];
  let i = 0;
  for (let g = 1; g < COUNTS.gridWorkers; g++)
    out.push(person(`grid-${String(g).padStart(2, '0')}`, ['grid_worker'], 1955, 1985, i++));
  for (let s = 1; s < COUNTS.staff; s++) out.push(person(`staff-${s}`, ['staff'], 1980, 1998, i++));
  for (let c = 1; c < COUNTS.committee; c++)
    out.push(person(`committee-${c}`, ['committee'], 1950, 1980, i++));
  for (let m = 1; m < COUNTS.merchants; m++) out.push(person(`merchant-${m}`, ['merchant'], 1970, 1990, i++));
  // Residents: about half are 60+ (birth year ≤ 1966), as in an older Chengdu neighbourhood.
  for (let r = 1; r <= COUNTS.residents; r++) {
    const senior = rand() < 0.5;
    const roles: DemoPerson['roles'] = rand() < 0.1 ? ['volunteer'] : [];
    out.push(
      person(`res-${String(r).padStart(4, '0')}`, roles, senior ? 1932 : 1967, senior ? 1966 : 2006, i++),
    );
  }
  return out;
}

export async function isSeeded(db: Executor): Promise<boolean> {
  const rows = await db
    .select({ id: communities.id })
    .from(communities)
    .where(eq(communities.id, COMMUNITY.id));
  return rows.length > 0;
}

export async function seedDemo(db: Db, now = new Date()): Promise<{ people: number; events: number }> {
  const people = [...FEATURED, ...generatedPeople()];
  let eventCount = 0;
  await db.transaction(async (tx) => {
    await tx.insert(communities).values(COMMUNITY);
    await tx.insert(estates).values(
      ESTATES.map((e) => ({
        communityId: COMMUNITY.id,
        id: e.id,
        name: e.name,
        buildings: Array.from({ length: e.buildings }, (_, i) => `${i + 1}栋`),
      })),
    );
    const ids = new Map<string, string>();
    for (let i = 0; i < people.length; i += 200) {
      const batch = people.slice(i, i + 200);
      const rows = await tx
        .insert(users)
        .values(
          batch.map((p) => ({
            openid: p.openid,
            nickname: p.name,
            name: p.name,
            phone: p.phone,
            birthYear: p.birthYear,
          })),
        )
        .returning({ id: users.id, openid: users.openid });
      rows.forEach((r) => ids.set(r.openid, r.id));
      const address = (p: DemoPerson) => ({ estateId: p.estate, building: p.building, unit: p.unit, room: p.room });
      const homes = await ensureHouseholds(tx, COMMUNITY.id, batch.map(address));
      await tx.insert(members).values(
        batch.map((p) => ({
          communityId: COMMUNITY.id,
          userId: ids.get(p.openid)!,
          ...address(p),
          householdId: homes.get(householdKey(address(p)))!,
          privacyAcceptedAt: now,
        })),
      );
      const roles = batch.flatMap((p) =>
        p.roles.map((role) => ({ communityId: COMMUNITY.id, userId: ids.get(p.openid)!, role })),
      );
      if (roles.length) await tx.insert(memberRoles).values(roles);
    }
    const staffId = ids.get('demo-staff')!;

    await ensureSystemAccounts(tx, COMMUNITY.id);
    for (const [i, d] of DONATIONS.entries()) {
      await addDonation(
        tx,
        COMMUNITY.id,
        staffId,
        { ...d, itemsDesc: 'itemsDesc' in d ? d.itemsDesc : undefined },
        new Date(now.getTime() - (40 - i * 6) * DAY),
      );
    }
    const merchantOpenids = ['demo-merchant', 'merchant-1', 'merchant-2'];
    await tx.insert(shopItems).values(
      MERCHANTS.flatMap((m, i) =>
        m.items.map((it) => ({
          communityId: COMMUNITY.id,
          merchantUserId: ids.get(merchantOpenids[i]) ?? null,
          merchantName: m.name,
          title: it.title,
          pointsPrice: it.points,
          costFen: it.costFen,
          stock: it.stock,
        })),
      ),
    );

    const rows = demoEvents(now, staffId);
    eventCount = rows.length;
    await tx.insert(events).values(rows);
    const as: Actors = (openid, role, at) => ({
      db: tx,
      actor: { userId: ids.get(openid)!, openid },
      roles: ['resident', role],
      now: at,
    });
    await seedExpenses(as, now);
    await seedAppeals(tx, { communityId: COMMUNITY.id, estates: ESTATES, ids, people, now });
    const inLiuGrid = (p: DemoPerson) => p.estate === 'bijiyuan' && ['1栋', '2栋', '3栋'].includes(p.building);
    const plain = people.filter((p) => p.openid.startsWith('res-') && p.roles.length === 0);
    await seedSurveys({
      communityId: COMMUNITY.id,
      ids,
      residents: plain.filter((p) => !inLiuGrid(p)).slice(0, 30).map((p) => p.openid),
      gridResidents: plain.filter(inLiuGrid).slice(0, 6).map((p) => p.openid),
      now,
      as,
    });
    await seedTopics(tx, as, people, now);
    await tx.insert(eventRoles).values(
      [
        { id: 'guide', name: '入场引导', quota: 10, pointsPerHour: 10 },
        { id: 'escort', name: '搀扶老人', quota: 20, pointsPerHour: 12 },
        { id: 'serve', name: '分餐', quota: 10, pointsPerHour: 10 },
      ].map((r) => ({ communityId: COMMUNITY.id, eventId: 'chongyang-volunteers', ...r })),
    );
    // Last week's river clean-up: three volunteers served 9:00–11:00, staff have not confirmed it yet.
    await tx
      .insert(eventRoles)
      .values({
        communityId: COMMUNITY.id,
        eventId: CLEANUP_ID,
        id: 'clean',
        name: '河道清扫',
        quota: 20,
        pointsPerHour: 10,
      });
    const cleanupStart = chinaTime(now, -3, 9);
    const helpers = [
      'demo-volunteer',
      ...people
        .filter((p) => p.openid.startsWith('res-') && p.roles.includes('volunteer'))
        .slice(0, 2)
        .map((p) => p.openid),
    ];
    // Through the volunteer sign-up (so the role's `taken` count is right), then staff check them in and out.
    for (const [i, openid] of helpers.entries()) {
      const shift = await volunteerSignup(as(openid, 'volunteer', new Date(cleanupStart.getTime() - 2 * DAY)), {
        communityId: COMMUNITY.id,
        eventId: CLEANUP_ID,
        roleId: 'clean',
      });
      const staff = (at: Date) => as('demo-staff', 'staff', at);
      const shiftId = { communityId: COMMUNITY.id, shiftId: shift.id };
      await shiftCheckIn(staff(new Date(cleanupStart.getTime() + i * 5 * 60_000)), shiftId);
      await shiftCheckOut(staff(new Date(cleanupStart.getTime() + 2 * HOUR)), shiftId);
    }
  });
  return { people: people.length, events: eventCount };
}

/** 11:30 China time on the day `days` from now. */
function chinaTime(now: Date, days: number, hour: number, minute = 0): Date {
  const shanghaiMidnight = new Date(Math.floor((now.getTime() + 8 * HOUR) / DAY) * DAY - 8 * HOUR);
  return new Date(shanghaiMidnight.getTime() + days * DAY + hour * HOUR + minute * 60_000);
}

export const CLEANUP_ID = 'river-cleanup';

function demoEvents(now: Date, staffId: string): (typeof events.$inferInsert)[] {
  const base = { communityId: COMMUNITY.id, createdBy: staffId, status: 'published' as const };
  const banquetStart = chinaTime(now, 12, 11, 30);
  const cleanupStart = chinaTime(now, -3, 9);
  return [
    {
      ...base,
      id: CLEANUP_ID,
      title: '清水河河道清洁志愿活动',
      body: '沿清水河碧鸡桥段捡拾垃圾、清理河岸杂物。服务时长计入志愿积分。',
      category: 'volunteer',
      place: '清水河碧鸡桥段 南岸步道',
      startsAt: cleanupStart,
      endsAt: new Date(cleanupStart.getTime() + 2 * HOUR),
      signupOpensAt: new Date(cleanupStart.getTime() - 7 * DAY),
      signupClosesAt: new Date(cleanupStart.getTime() - DAY),
      cancelDeadline: new Date(cleanupStart.getTime() - 2 * DAY),
      capacity: 20,
      waitlistEnabled: false,
      maxPartySize: 1,
      attendancePoints: 0,
    },
    {
      ...base,
      id: 'chongyang-banquet',
      title: '重阳敬老宴',
      body:
        '九九重阳，情暖碧鸡桥。社区微基金与爱心商家联合举办重阳敬老宴，为辖区60岁以上老人备下坝坝宴席，' +
        '现场有川剧变脸、老年合唱团演出和免费义诊。每位老人可带一位陪同家属。行动不便的老人请联系所在网格的微网格员代为报名。',
      category: 'elderly',
      place: '碧鸡桥社区党群服务中心 一楼大厅',
      startsAt: banquetStart,
      endsAt: new Date(banquetStart.getTime() + 3 * HOUR),
      signupOpensAt: new Date(now.getTime() - HOUR),
      signupClosesAt: new Date(banquetStart.getTime() - 2 * DAY),
      cancelDeadline: new Date(banquetStart.getTime() - 3 * DAY),
      capacity: 600,
      waitlistEnabled: true,
      maxPartySize: 2,
      minAge: 60,
      attendancePoints: 0,
    },
    {
      ...base,
      id: 'chongyang-volunteers',
      title: '重阳宴志愿服务（引导、搀扶、分餐）',
      body: '为重阳敬老宴招募志愿者：入场引导、搀扶老人、分餐和散场清洁。服务时长计入志愿积分。',
      category: 'volunteer',
      place: '碧鸡桥社区党群服务中心',
      startsAt: new Date(banquetStart.getTime() - 2 * HOUR),
      endsAt: new Date(banquetStart.getTime() + 4 * HOUR),
      signupOpensAt: new Date(now.getTime() - DAY),
      signupClosesAt: new Date(banquetStart.getTime() - DAY),
      cancelDeadline: new Date(banquetStart.getTime() - 2 * DAY),
      capacity: 40,
      waitlistEnabled: true,
      maxPartySize: 1,
      attendancePoints: 20,
    },
    {
      ...base,
      id: 'free-clinic',
      title: '社区义诊：量血压、测血糖',
      body: '社区卫生服务中心医生到社区开展义诊，免费测量血压、血糖，提供用药咨询。',
      category: 'elderly',
      place: '碧鸡苑 中心广场',
      startsAt: chinaTime(now, 5, 9),
      endsAt: chinaTime(now, 5, 11, 30),
      signupOpensAt: new Date(now.getTime() - 2 * DAY),
      signupClosesAt: chinaTime(now, 5, 8),
      cancelDeadline: chinaTime(now, 4, 18),
      capacity: 120,
      waitlistEnabled: false,
      maxPartySize: 2,
      attendancePoints: 5,
    },
    {
      ...base,
      id: 'bijiyuan-council',
      title: '碧鸡苑小区协商议事会：垃圾房改造方案',
      body: '就碧鸡苑1号门垃圾房改造方案听取居民意见，欢迎本小区居民参加。',
      category: 'governance',
      place: '碧鸡苑 物业活动室',
      startsAt: chinaTime(now, 8, 19, 30),
      endsAt: chinaTime(now, 8, 21),
      signupOpensAt: new Date(now.getTime() - DAY),
      signupClosesAt: chinaTime(now, 8, 12),
      cancelDeadline: chinaTime(now, 7, 20),
      capacity: 50,
      waitlistEnabled: false,
      maxPartySize: 1,
      estateIds: ['bijiyuan'],
      attendancePoints: 10,
    },
    {
      ...base,
      id: 'kids-crafts',
      title: '周末亲子手工：做一盏重阳灯笼',
      body: '亲子手工活动，材料由社区提供。',
      category: 'children',
      place: '碧鸡桥社区 儿童之家',
      startsAt: chinaTime(now, 10, 14, 30),
      endsAt: chinaTime(now, 10, 16, 30),
      signupOpensAt: chinaTime(now, 3, 9),
      signupClosesAt: chinaTime(now, 9, 20),
      cancelDeadline: chinaTime(now, 9, 12),
      capacity: 30,
      waitlistEnabled: true,
      maxPartySize: 3,
      attendancePoints: 5,
    },
  ];
}

/** Expenses as staff and the committee make them: requested, approved, and the first one paid. */
async function seedExpenses(as: Actors, now: Date) {
  for (const [i, x] of EXPENSES.entries()) {
    const at = new Date(now.getTime() - (10 - i * 3) * DAY);
    const { id: expenseId } = await requestExpense(as('demo-staff', 'staff', at), {
      communityId: COMMUNITY.id,
      amountFen: x.amountFen,
      purpose: x.purpose,
      eventId: x.eventId ?? undefined,
    });
    for (const approver of x.approvers)
      await decideExpense(as(approver, 'committee', at), { communityId: COMMUNITY.id, expenseId, approve: true });
    if (x.pay) await payExpense(as('demo-staff', 'staff', at), { communityId: COMMUNITY.id, expenseId });
  }
}
