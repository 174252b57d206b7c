import {
  APPEAL_CHANNEL_LABELS,
  APPEAL_ENDING_LABELS,
  APPEAL_ENTRY_LABELS,
  APPEAL_LIST_LABELS,
  APPEAL_STATUS_LABELS,
  type AppealEntryView,
  type AppealSummary,
} from '@linli/types';

/** 待受理 / 办理中 / 已解决 …: a closed appeal is called by its ending. */
export function statusText(a: Pick<AppealSummary, 'status' | 'ending'>): string {
  return a.status === 'closed' && a.ending ? APPEAL_ENDING_LABELS[a.ending] : APPEAL_STATUS_LABELS[a.status];
}

export function placeText(a: Pick<AppealSummary, 'place'>): string {
  return `${a.place.estateName} ${a.place.building}`;
}

/** The headline of one timeline step, with the facts its kind carries. */
export function entryText(e: AppealEntryView): string {
  const m = e.meta;
  const base = APPEAL_ENTRY_LABELS[e.kind];
  switch (e.kind) {
    case 'closed':
      return m.ending ? `${base} · ${APPEAL_ENDING_LABELS[m.ending]}` : base;
    case 'rated':
      return m.stars ? `${base} · ${'★'.repeat(m.stars)}` : base;
    case 'assigned':
    case 'reassigned':
      return m.responsibleName ? `${base} · ${m.responsibleName}` : base;
    case 'sorted':
      return m.list ? `${base} · ${APPEAL_LIST_LABELS[m.list]}` : '移出清单';
    case 'linked':
    case 'unlinked':
      return m.linkTitle ? `${base} · ${m.linkTitle}` : base;
    case 'rerouted':
      return `${base} · ${m.fromGridName ?? '无网格'} → ${m.toGridName ?? '无网格'}`;
    case 'recorded':
      return m.channel ? `${base} · ${APPEAL_CHANNEL_LABELS[m.channel]}` : base;
    case 'overdue':
      return m.deadline === 'accept' ? '超时提醒 · 受理超时' : '超时提醒 · 办理超时';
    default:
      return base;
  }
}
