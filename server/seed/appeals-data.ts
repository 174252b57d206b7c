/**
 * Demo appeals at the articles' scale (安公社区: 1,225 collected and 722 solved in three months), generated
 * deterministically: who, where, how it came in, how and when it ended. Pure data — server/seed/appeals.ts
 * writes it; the bench reuses it for 100,000 rows.
 */
import type { AppealChannel, AppealEnding, AppealEntryKind, AppealList } from '@linli/types';
import { addDays, addWorkingDays } from '../domain/appeals/deadlines';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

export const WORDS: Record<string, string[]> = {
  infrastructure: ['楼道灯坏了，晚上上下楼看不见', '单元门禁坏了一个多星期', '小区路面有个坑，老人容易绊倒', '雨水井盖松动，踩上去会响', '希望在院坝装几把休息椅'],
  courtyard: ['院坝杂物堆了很久没人清', '车棚乱停电瓶车，希望规划一下', '院落绿化带被占来种菜', '希望把闲置的角落改成小花园'],
  property: ['物业收费不公示，希望说清楚', '电梯经常停，物业维修太慢', '保安晚上不在岗', '物业报修电话打不通'],
  sanitation: ['垃圾房太臭，夏天苍蝇多', '楼下有人乱扔垃圾', '垃圾分类桶不够用', '化粪池冒水，味道大'],
  safety: ['楼道里有人给电瓶车充电，担心起火', '消防通道被车堵住了', '景观水池边没有护栏，小孩危险', '外墙瓷砖有脱落'],
  dispute: ['楼上晚上噪音大，沟通无果', '邻居占用公共楼道放柜子', '养狗不牵绳，吓到老人孩子', '楼上漏水到我家，协商不下来'],
  edu_health: ['希望社区办个老年人智能手机课', '孩子放学后没人看，希望有四点半课堂', '希望组织免费量血压', '想了解高龄补贴怎么申请'],
  other: ['希望社区多办坝坝宴这样的活动', '想咨询居住证办理', '快递柜不够，经常放不下', '建议在社区开个便民理发点'],
};

export const CLOSINGS: Record<AppealEnding, string[]> = {
  resolved: ['已联系物业维修完成，现场复查正常', '已协调清理，并安排每周巡查', '已上门调解，双方达成一致', '已更换新设备，居民确认可用'],
  explained: ['涉及专项维修资金，需业主大会表决，已向居民说明进度', '属于市政管网，已报街道并向居民解释', '本年度预算已用完，已纳入明年项目清单并告知居民'],
  refused: ['与此前诉求重复，已合并办理', '属于私人合同纠纷，已告知可通过法律途径解决'],
};

const PROGRESS = ['已到现场查看，联系了物业', '已报街道相关科室，等待回复', '已约维修师傅，明天上门', '已召集楼栋长商量办法'];

/** Weights of the eight default categories (infrastructure … other), and of the channels. */
const CATEGORY_WEIGHTS: [string, number][] = [
  ['infrastructure', 22], ['courtyard', 14], ['property', 16], ['sanitation', 15],
  ['safety', 10], ['dispute', 9], ['edu_health', 7], ['other', 7],
];
const CHANNEL_WEIGHTS: [AppealChannel, number][] = [
  ['visit', 34], ['online', 26], ['phone', 14], ['yard_meeting', 15], ['mailbox', 11],
];

export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface SeedPerson {
  userId: string;
  estateId: string;
  building: string;
}

export interface SeedCategory {
  id: string;
  acceptWorkingDays: number;
  finishDays: number;
}

export interface GenInput {
  communityId: string;
  count: number;
  /** Appeals are spread over [now - spanDays, now - 1 hour]. */
  spanDays: number;
  now: Date;
  residents: SeedPerson[];
  /** grid id of each building key `${estateId}|${building}`, and each grid's workers. */
  gridOf: Map<string, string>;
  workersOf: Map<string, string[]>;
  staff: string[];
  categories: SeedCategory[];
  seed?: number;
  /** Skip the timeline (the bench measures the report, which reads only the appeal rows). */
  withEntries?: boolean;
}

export interface GenAppeal {
  communityId: string;
  id: string;
  categoryId: string;
  submitterId: string;
  recordedBy: string | null;
  channel: AppealChannel;
  words: string;
  estateId: string;
  building: string;
  gridId: string | null;
  namePublic: boolean;
  status: 'submitted' | 'accepted' | 'closed';
  ending: AppealEnding | null;
  responsibleId: string | null;
  list: AppealList | null;
  acceptBy: Date;
  finishBy: Date | null;
  acceptedAt: Date | null;
  acceptedBy: string | null;
  closedAt: Date | null;
  closingWords: string | null;
  stars: number | null;
  ratingWords: string | null;
  ratedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface GenEntry {
  communityId: string;
  appealId: string;
  kind: AppealEntryKind;
  actorId: string | null;
  words: string | null;
  meta: Record<string, unknown>;
  at: Date;
}

function weighted<T>(rand: () => number, items: [T, number][]): T {
  const total = items.reduce((n, [, w]) => n + w, 0);
  let x = rand() * total;
  for (const [v, w] of items) if ((x -= w) < 0) return v;
  return items[items.length - 1][0];
}

/** A uuid-shaped id from the generator, so reruns give the same rows. */
function idFrom(rand: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

export function generateAppeals(g: GenInput): { appeals: GenAppeal[]; entries: GenEntry[] } {
  const rand = rng(g.seed ?? 13_1225);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const cats = new Map(g.categories.map((c) => [c.id, c]));
  const out: GenAppeal[] = [];
  const entries: GenEntry[] = [];
  const now = g.now.getTime();
  for (let i = 0; i < g.count; i++) {
    const person = pick(g.residents);
    const categoryId = weighted(rand, CATEGORY_WEIGHTS.filter(([c]) => cats.has(c)));
    const cat = cats.get(categoryId)!;
    const channel = weighted(rand, CHANNEL_WEIGHTS);
    const gridId = g.gridOf.get(`${person.estateId}|${person.building}`) ?? null;
    const workers = (gridId && g.workersOf.get(gridId)) || g.staff;
    const worker = pick(workers);
    // Daytime, China time, anywhere in the span.
    const dayStart = now - Math.floor(rand() * g.spanDays) * DAY;
    const createdAt = new Date(Math.min(now - HOUR, dayStart - (dayStart % DAY) + (1 + rand() * 11) * HOUR));
    const age = (now - createdAt.getTime()) / DAY;
    const acceptBy = addWorkingDays(createdAt, cat.acceptWorkingDays);
    const a: GenAppeal = {
      communityId: g.communityId,
      id: idFrom(rand),
      categoryId,
      submitterId: person.userId,
      recordedBy: channel === 'online' ? null : worker,
      channel,
      words: pick(WORDS[categoryId] ?? WORDS.other),
      estateId: person.estateId,
      building: person.building,
      gridId,
      namePublic: rand() < 0.4,
      status: 'submitted',
      ending: null,
      responsibleId: null,
      list: null,
      acceptBy,
      finishBy: null,
      acceptedAt: null,
      acceptedBy: null,
      closedAt: null,
      closingWords: null,
      stars: null,
      ratingWords: null,
      ratedAt: null,
      createdAt,
      updatedAt: createdAt,
    };
    const entry = (kind: AppealEntryKind, at: Date, actorId: string | null, words: string | null = null, meta: Record<string, unknown> = {}) =>
      entries.push({ communityId: g.communityId, appealId: a.id, kind, actorId, words, meta, at });
    entry(a.recordedBy ? 'recorded' : 'submitted', createdAt, a.recordedBy ?? a.submitterId, a.words, { channel, toGridId: gridId });

    // Accepted after a few hours, now and then late; the newest may still wait.
    const acceptAfter = rand() < 0.08 ? (1.5 + rand() * 3) * DAY : (0.1 + rand() * 0.9) * DAY;
    const acceptedAt = new Date(createdAt.getTime() + acceptAfter);
    if (acceptedAt.getTime() < now && rand() > 0.01) {
      a.status = 'accepted';
      a.acceptedAt = acceptedAt;
      a.acceptedBy = worker;
      a.responsibleId = rand() < 0.15 ? pick(g.staff) : worker;
      a.finishBy = addDays(acceptedAt, cat.finishDays);
      entry('accepted', acceptedAt, worker);
      if (a.responsibleId !== worker) entry('assigned', new Date(acceptedAt.getTime() + HOUR), g.staff[0], null, {});
      // Most close within the deadline; about one in seven runs late; one in fifty is still open after a month.
      const stuck = rand() < 0.02;
      const days = rand() < 0.14 ? cat.finishDays + 1 + rand() * 10 : 0.3 + rand() * (cat.finishDays - 0.5);
      const closedAt = new Date(acceptedAt.getTime() + days * DAY);
      if (rand() < 0.5) entry('progress', new Date(acceptedAt.getTime() + (days / 2) * DAY), a.responsibleId, pick(PROGRESS));
      if (!stuck && closedAt.getTime() < now && age > 0.5) {
        const ending = weighted<AppealEnding>(rand, [['resolved', 66], ['explained', 26], ['refused', 8]]);
        a.status = 'closed';
        a.ending = ending;
        a.closedAt = closedAt;
        a.closingWords = pick(CLOSINGS[ending]);
        a.updatedAt = closedAt;
        entry('closed', closedAt, a.responsibleId, a.closingWords, { ending });
        if (rand() < 0.7 && closedAt.getTime() + DAY < now) {
          const stars = ending === 'resolved' ? weighted(rand, [[5, 60], [4, 28], [3, 8], [2, 3], [1, 1]]) : weighted(rand, [[5, 20], [4, 30], [3, 30], [2, 15], [1, 5]]);
          a.stars = stars;
          a.ratingWords = stars >= 4 ? pick(['谢谢社区，办得快', '满意', '网格员很负责', '问题解决了']) : pick(['还可以更快些', '希望以后多回访']);
          a.ratedAt = new Date(closedAt.getTime() + (0.2 + rand()) * DAY);
          entry('rated', a.ratedAt, a.submitterId, a.ratingWords, { stars });
        }
      }
    }
    if (rand() < 0.3 && g.staff.length) {
      a.list = weighted<AppealList>(rand, [['problems', 50], ['needs', 35], ['projects', 15]]);
      entry('sorted', new Date(createdAt.getTime() + 2 * HOUR), g.staff[0], null, { list: a.list });
    }
    out.push(a);
  }
  return { appeals: out, entries: g.withEntries === false ? [] : entries };
}
