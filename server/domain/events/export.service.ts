/** The roster as an .xlsx for staff: who, where, how many, seats, 代报名, check-in. */
import type { ActionParsed, ExportFile } from '@linli/types';
import { writeXlsx, type Cell } from '../shared/sheets';
import type { Ctx } from '../shared/context';
import { rosterRows } from './events.repository';
import { requireEvent } from './visibility';

const STATUS: Record<string, string> = { confirmed: '已报名', waitlisted: '候补', cancelled: '已取消' };

function shanghai(d: Date | null): string {
  if (!d) return '';
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(d);
}

export async function exportRoster(ctx: Ctx, input: ActionParsed<'events', 'exportRoster'>): Promise<ExportFile> {
  const event = await requireEvent(ctx, input.communityId, input.eventId);
  const rows = await rosterRows(ctx.db, input.communityId, input.eventId);
  const header: Cell[] = ['序号', '姓名', '小区', '楼栋', '单元', '电话', '人数', '座位号', '状态', '候补位次', '代报名人', '签到时间'];
  const body: Cell[][] = rows.map((r, i) => [
    i + 1,
    r.name,
    r.estateName,
    r.building,
    r.unit,
    // Staff-only export: the whole number, so elders can be phoned.
    r.phone,
    r.partySize,
    r.seatNos.join('、'),
    STATUS[r.status] ?? r.status,
    r.waitlistPosition,
    r.proxyByName ? `代报名：${r.proxyByName}` : '',
    shanghai(r.checkedInAt),
  ]);
  const title: Cell[] = [`${event.title}\u3000报名名单（导出时间 ${shanghai(ctx.now)}）`];
  const file = await writeXlsx('报名名单', [title, header, ...body]);
  return {
    filename: `${event.title}-报名名单.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: file.toString('base64'),
  };
}
