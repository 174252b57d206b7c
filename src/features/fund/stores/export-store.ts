import { create } from 'zustand';
import type { ExportFile } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import { local } from '@/lib/dayjs';
import { saveFile } from '@/lib/save-file';
import { exportStatement } from '../services/fund.service';

interface ExportState {
  month: string;
  exporting: boolean;
  error: string | null;
  done: string | null;
  setMonth: (m: string) => void;
  exportMonth: (communityId: string) => Promise<void>;
  reset: () => void;
}

/** This month and the eleven before it, newest first, as YYYY-MM in China time. */
export function recentMonths(now: Date = new Date(), count = 12): string[] {
  const first = local(now).startOf('month');
  return Array.from({ length: count }, (_, i) => first.subtract(i, 'month').format('YYYY-MM'));
}

const initial = () => ({ month: recentMonths()[0], exporting: false, error: null, done: null });

export const useExportStore = create<ExportState>()((set, get) => ({
  ...initial(),
  setMonth: (month) => set({ month, error: null, done: null }),
  exportMonth: async (communityId) => {
    if (get().exporting) return;
    set({ exporting: true, error: null, done: null });
    let file: ExportFile;
    try {
      file = await exportStatement(communityId, get().month);
    } catch (e) {
      return set({ exporting: false, error: messageOf(e) });
    }
    try {
      await saveFile(file);
      set({ exporting: false, done: `已生成 ${file.filename}` });
    } catch {
      set({ exporting: false, error: '月度报表没有保存成功，请稍后再试' });
    }
  },
  reset: () => set(initial()),
}));
