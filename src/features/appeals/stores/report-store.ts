import { create } from 'zustand';
import type { AppealReport } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import { local } from '@/lib/dayjs';
import { saveFile } from '@/lib/save-file';
import { exportReport, fetchReport } from '../services/appeals.service';

/** This month and the ones before it, newest first, as YYYY-MM in China time. */
export function lastMonths(now: Date = new Date(), count = 6): string[] {
  const first = local(now).startOf('month');
  return Array.from({ length: count }, (_, i) => first.subtract(i, 'month').format('YYYY-MM'));
}

export const monthLabel = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5))}月`;

interface State {
  month: string;
  report: AppealReport | null;
  loading: boolean;
  error: string | null;
  exporting: boolean;
  exportNote: string | null;
  load: (communityId: string, month?: string) => Promise<void>;
  exportMonth: (communityId: string) => Promise<void>;
  reset: () => void;
}

const initial = () => ({
  month: lastMonths()[0],
  report: null,
  loading: false,
  error: null,
  exporting: false,
  exportNote: null,
});

/** 月度公示 for every member; staff also take it away as a spreadsheet. */
export const useAppealReportStore = create<State>()((set, get) => ({
  ...initial(),
  load: async (communityId, month = get().month) => {
    set({ month, loading: true, error: null, exportNote: null });
    try {
      const report = await fetchReport(communityId, month);
      if (get().month === month) set({ report, loading: false });
    } catch (e) {
      if (get().month === month) set({ loading: false, error: messageOf(e) });
    }
  },
  exportMonth: async (communityId) => {
    if (get().exporting) return;
    set({ exporting: true, exportNote: null });
    try {
      const file = await exportReport(communityId, get().month);
      await saveFile(file);
      set({ exporting: false, exportNote: `已生成 ${file.filename}` });
    } catch (e) {
      set({ exporting: false, exportNote: `没有导出成功：${messageOf(e)}` });
    }
  },
  reset: () => set(initial()),
}));
