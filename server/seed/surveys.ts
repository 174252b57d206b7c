/**
 * One finished 民心测评 round for the demo, made through the domain functions (open, add targets, rate,
 * close) so the seed walks the real path: last quarter's round with two cadres and a project, rated
 * by 36 residents (some on paper by 刘建华), so every target shows its result.
 */
import { quarterTitle, type Role, type SurveyChoice } from '@linli/types';
import type { Ctx } from '../domain/shared/context';
import { addTarget, closeRound, openRound } from '../domain/surveys/rounds.service';
import { enterPaper, rate } from '../domain/surveys/rating.service';

const DAY = 86_400_000;

export interface SeedSurveysInput {
  communityId: string;
  ids: Map<string, string>;
  /** Plain residents' openids, in a stable order. */
  residents: string[];
  /** Residents in 刘建华's grid, whose paper forms he enters. */
  gridResidents: string[];
  now: Date;
  as: (openid: string, role: Role, at: Date) => Ctx;
}

/** Words residents left, per target (王芳, 杨书记, the refuse room); blanks mean no words. */
const WORDS: string[][] = [
  [
    '办事热心，随叫随到',
    '重阳宴安排得很周到',
    '',
    '',
    '希望多来小区走走',
    '',
    '',
    '帮我妈办了高龄补贴，谢谢',
    '',
    '',
  ],
  ['开坝坝会时愿意听大家说', '', '', '希望多来碧鸡苑看看', '', '', '修路前问了我们意见，好', '', '', ''],
  [
    '垃圾房改造后干净多了',
    '门的颜色是大家选的，好看',
    '',
    '',
    '晚上路灯还是暗',
    '',
    '',
    '',
    '味道比以前小多了',
    '',
  ],
];
/** A steady mix, mostly satisfied (the articles report 99.5% at 安公社区; ours is humbler). */
const PATTERN: SurveyChoice[] = [
  'satisfied',
  'satisfied',
  'satisfied',
  'basic',
  'satisfied',
  'satisfied',
  'basic',
  'dissatisfied',
  'satisfied',
  'satisfied',
  'basic',
  'satisfied',
];

export async function seedSurveys(s: SeedSurveysInput): Promise<void> {
  const c = s.communityId;
  const opened = new Date(s.now.getTime() - 70 * DAY);
  const staff = (at: Date) => s.as('demo-staff', 'staff', at);
  const round = await openRound(staff(opened), {
    communityId: c,
    title: quarterTitle(new Date(s.now.getTime() - 92 * DAY)),
  });
  type Target = Omit<Parameters<typeof addTarget>[1], 'communityId' | 'roundId'>;
  const add = (target: Target) => addTarget(staff(opened), { communityId: c, roundId: round.id, ...target });
  await add({
    kind: 'cadre',
    cadreId: s.ids.get('demo-staff')!,
    name: '王芳',
    about: '社区工作者：养老服务、重阳宴、志愿者管理',
  });
  await add({
    kind: 'cadre',
    cadreId: s.ids.get('demo-admin')!,
    name: '杨书记',
    about: '社区党委书记：全面工作、协商议事、民情诉求督办',
  });
  const view = await add({
    kind: 'project',
    name: '碧鸡苑垃圾房改造',
    about: '27 条居民建议汇成微改造清单，门的颜色也由居民协商决定',
  });
  const targets = view.targets.map((t) => t.id);

  for (const [i, openid] of s.residents.entries()) {
    const at = new Date(opened.getTime() + (1 + (i % 20)) * DAY);
    for (const [j, targetId] of targets.entries()) {
      const choice = PATTERN[(i + j * 5) % PATTERN.length];
      const words = WORDS[j][i % WORDS[j].length] || undefined;
      await rate(s.as(openid, 'resident', at), {
        communityId: c,
        roundId: round.id,
        targetId,
        choice,
        words,
      });
    }
  }
  for (const [i, openid] of s.gridResidents.entries()) {
    const at = new Date(opened.getTime() + (10 + i) * DAY);
    await enterPaper(s.as('demo-grid', 'grid_worker', at), {
      communityId: c,
      roundId: round.id,
      residentId: s.ids.get(openid)!,
      ratings: targets.map((targetId, j) => ({ targetId, choice: PATTERN[(i * 3 + j) % PATTERN.length] })),
    });
  }
  await closeRound(staff(new Date(opened.getTime() + 25 * DAY)), { communityId: c, roundId: round.id });
}
