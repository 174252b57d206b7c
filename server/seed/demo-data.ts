/** The demo community: 碧鸡桥社区. Names are invented; numbers follow the seed articles' scale. */
import type { Role } from '@linli/types';

export const COMMUNITY = { id: 'bijiqiao', name: '碧鸡桥社区', district: '都江堰市', street: '天马镇' };

export const ESTATES = [
  { id: 'bijiyuan', name: '碧鸡苑', buildings: 8 },
  { id: 'qiaopan', name: '桥畔花园', buildings: 6 },
  { id: 'jinli', name: '锦里小区', buildings: 10 },
  { id: 'huanhua', name: '浣花新居', buildings: 5 },
  { id: 'caotang', name: '草堂人家', buildings: 7 },
];

export interface DemoPerson {
  openid: string;
  name: string;
  birthYear: number;
  phone: string;
  estate: string;
  building: string;
  unit: string;
  /** 门牌号 (normalised). */
  room: string;
  roles: Exclude<Role, 'resident'>[];
}

/** The people a developer logs in as (openids start with demo-, listed by GET /dev/people). */
export const FEATURED: DemoPerson[] = [
  { openid: 'demo-elder', name: '张秀英', birthYear: 1950, phone: '13800000001', estate: 'bijiyuan', building: '3栋', unit: '2单元', room: '302', roles: [] },
  { openid: 'demo-resident', name: '李明', birthYear: 1988, phone: '13800000002', estate: 'qiaopan', building: '1栋', unit: '1单元', room: '501', roles: [] },
  { openid: 'demo-volunteer', name: '陈静', birthYear: 1995, phone: '13800000003', estate: 'jinli', building: '6栋', unit: '3单元', room: '203', roles: ['volunteer'] },
  { openid: 'demo-grid', name: '刘建华', birthYear: 1968, phone: '13800000004', estate: 'bijiyuan', building: '1栋', unit: '1单元', room: '101', roles: ['grid_worker', 'volunteer'] },
  { openid: 'demo-staff', name: '王芳', birthYear: 1985, phone: '13800000005', estate: 'huanhua', building: '2栋', unit: '1单元', room: '402', roles: ['staff'] },
  { openid: 'demo-committee', name: '赵德全', birthYear: 1958, phone: '13800000006', estate: 'caotang', building: '4栋', unit: '2单元', room: '601', roles: ['committee'] },
  { openid: 'demo-merchant', name: '周国强', birthYear: 1979, phone: '13800000007', estate: 'jinli', building: '9栋', unit: '1单元', room: '102', roles: ['merchant'] },
  { openid: 'demo-admin', name: '杨书记', birthYear: 1975, phone: '13800000008', estate: 'huanhua', building: '1栋', unit: '1单元', room: '301', roles: ['admin', 'staff'] },
];

export const COUNTS = { gridWorkers: 22, residents: 320, staff: 3, committee: 5, merchants: 3 };

export const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢钟'.split('');
export const GIVEN = '秀英桂兰玉珍淑华建国志强明德文华丽娟海燕红梅凤芝永福金山春兰国庆丽萍晓东俊杰子涵雨欣浩然一诺'.split('');

export const MERCHANTS = [
  { name: '蜀香面馆', items: [{ title: '牛肉面一碗', points: 80, costFen: 1500, stock: 50 }] },
  { name: '碧鸡桥便民理发', items: [{ title: '老人理发一次', points: 100, costFen: 2000, stock: 30 }] },
  { name: '草堂生鲜超市', items: [{ title: '土鸡蛋一盒（10枚）', points: 50, costFen: 1200, stock: 100 }, { title: '食用油 1.8L', points: 120, costFen: 2990, stock: 40 }] },
];

/** Donations into the micro-fund, in fen (cash) or valued in fen (goods). */
export const DONATIONS = [
  { source: 'community_allocation', form: 'cash', donorName: '碧鸡桥社区', publicConsent: true, amountFen: 2_000_000, itemsDesc: '年度微基金启动资金' },
  { source: 'merchant', form: 'cash', donorName: '蜀香面馆', publicConsent: true, amountFen: 200_000 },
  { source: 'merchant', form: 'cash', donorName: '草堂生鲜超市', publicConsent: true, amountFen: 150_000 },
  { source: 'volunteer_fundraising', form: 'cash', donorName: '碧鸡桥志愿者服务队', publicConsent: true, amountFen: 128_050, itemsDesc: '重阳义卖所得' },
  { source: 'resident', form: 'cash', donorName: '张建国', publicConsent: false, amountFen: 50_000 },
  { source: 'merchant', form: 'in_kind', donorName: '草堂生鲜超市', publicConsent: true, amountFen: 119_600, itemsDesc: '食用油 1.8L × 40 桶（按市价估值）' },
] as const;

/** A paid expense (two committee approvals) and pending ones, so the board shows both. */
export const EXPENSES = [
  { amountFen: 360_000, purpose: '重阳敬老宴食材采购（60 桌）', eventId: 'chongyang-banquet', approvers: ['demo-committee', 'committee-1'], pay: true },
  { amountFen: 80_000, purpose: '重阳敬老宴桌椅租赁', eventId: 'chongyang-banquet', approvers: ['demo-committee'], pay: false },
  // Carries out the closed 议题 (server/seed/topics.ts): the refuse room's floor.
  { amountFen: 186_000, purpose: '1号门垃圾房地面铺透水砖（议事决议）', eventId: null, approvers: ['demo-committee'], pay: false },
] as const;
