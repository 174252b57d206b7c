import { create } from 'zustand';
import type { ImportOutcome, ImportPlan, ImportResult } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import { saveFile } from '@/lib/save-file';
import { storeTasks } from '@/lib/store-task';
import { PickCancelled, uploadFile } from '@/lib/upload';
import { commitImport, dryRun, fetchTemplate } from '../services/import.service';
import { pickSheet } from '../services/pick-sheet';

interface State {
  /** Which step is running: the template, the upload + dry run, the commit. */
  busy: 'template' | 'check' | 'commit' | null;
  committing: boolean;
  error: string | null;
  plan: ImportPlan | null;
  result: ImportResult | null;
  filter: ImportOutcome | 'all';
  downloadTemplate: (communityId: string) => Promise<void>;
  chooseAndCheck: (communityId: string) => Promise<void>;
  commit: (communityId: string) => Promise<void>;
  setFilter: (f: ImportOutcome | 'all') => void;
  reset: () => void;
}

const initial = {
  busy: null,
  committing: false,
  error: null,
  plan: null,
  result: null,
  filter: 'all' as const,
};

/** 批量导入: download the template, upload a filled sheet and see its dry run, then import exactly that plan. */
export const useImportStore = create<State>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial,
    downloadTemplate: async (communityId) => {
      set({ busy: 'template', error: null });
      try {
        await saveFile(await fetchTemplate(communityId));
      } catch (e) {
        set({ error: messageOf(e) });
      }
      set({ busy: null });
    },
    chooseAndCheck: async (communityId) => {
      let file;
      try {
        file = await pickSheet();
      } catch (e) {
        if (!(e instanceof PickCancelled)) set({ error: messageOf(e) });
        return;
      }
      set({ busy: 'check', error: null, plan: null, result: null, filter: 'all' });
      try {
        const uploaded = await uploadFile({ communityId, purpose: 'roster_sheet' }, file);
        set({ plan: await dryRun(communityId, uploaded.fileId) });
      } catch (e) {
        set({ error: messageOf(e) });
      }
      set({ busy: null });
    },
    commit: async (communityId) => {
      const plan = get().plan;
      if (!plan) return;
      await tasks.act({
        busy: 'committing',
        error: 'error',
        intent: 'commit',
        input: plan.planHash,
        send: (o) => commitImport(communityId, plan.fileId, plan.planHash, o),
        done: (result) => ({ result, plan: null }),
      });
    },
    setFilter: (filter) => set({ filter }),
    reset: tasks.reset(initial),
  };
});
