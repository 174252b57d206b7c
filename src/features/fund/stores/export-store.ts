import { create } from 'zustand';
import { storeTasks } from '@/lib/store-task';
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

export const useExportStore = create<ExportState>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial(),
    setMonth: (month) => set({ month, error: null, done: null }),
    exportMonth: async (communityId) => {
      const month = get().month;
      const file = await tasks.act({
        busy: 'exporting',
        error: 'error',
        start: { done: null },
        intent: 'export',
        input: month,
        send: (o) => exportStatement({ communityId, month }, o),
        // Still busy: the file is being saved.
        done: () => ({ exporting: true }),
      });
      if (!file) return;
      try {
        await saveFile(file);
        set({ exporting: false, done: `已生成 ${file.filename}` });
      } catch {
        set({ exporting: false, error: '月度报表没有保存成功，请稍后再试' });
      }
    },
    reset: () => set(initial()),
  };
});
