import { create } from 'zustand';
import type { AppealCategoryView, AssigneeView, GridsOverview } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import { intentKey } from '@/lib/intent-key';
import {
  createGrid,
  fetchAssignees,
  fetchCategories,
  fetchGrids,
  saveCategory,
  updateGrid,
} from '../services/appeals.service';
import type { CategoryFields } from '../components/category-editor';

export interface GridFields {
  gridId?: string;
  name: string;
  buildings: { estateId: string; building: string }[];
  workerIds: string[];
}

interface State {
  categories: AppealCategoryView[];
  overview: GridsOverview | null;
  workers: AssigneeView[];
  loading: boolean;
  saving: string | null;
  error: string | null;
  done: string | null;
  loadCategories: (communityId: string) => Promise<void>;
  loadGrids: (communityId: string) => Promise<void>;
  saveCategory: (communityId: string, f: CategoryFields) => Promise<boolean>;
  saveGrid: (communityId: string, f: GridFields) => Promise<boolean>;
}

// One key per thing being saved; a changed form gets a new one (the key's input is compared).
const keys = new Map<string, { input: string; key: ReturnType<typeof intentKey> }>();
function keyFor(what: string, input: unknown) {
  const s = JSON.stringify(input);
  const k = keys.get(what);
  if (k && k.input === s) return k.key;
  const fresh = { input: s, key: intentKey() };
  keys.set(what, fresh);
  return fresh.key;
}

/** Staff settings of 民情: category deadlines and the grids (buildings and workers). */
export const useAppealSettingsStore = create<State>()((set, get) => {
  const save = async (
    what: string,
    input: unknown,
    send: (k: string) => Promise<unknown>,
    after: () => Promise<void>,
    doneText: string,
  ) => {
    if (get().saving) return false;
    const key = keyFor(what, input);
    set({ saving: what, error: null, done: null });
    try {
      await send(key.get());
      key.settle();
      set({ saving: null, done: doneText });
      await after();
      return true;
    } catch (e) {
      key.settle(e);
      set({ saving: null, error: messageOf(e) });
      return false;
    }
  };
  return {
    categories: [],
    overview: null,
    workers: [],
    loading: false,
    saving: null,
    error: null,
    done: null,
    loadCategories: async (communityId) => {
      set({ loading: true, error: null });
      try {
        set({ categories: await fetchCategories(communityId), loading: false });
      } catch (e) {
        set({ loading: false, error: messageOf(e) });
      }
    },
    loadGrids: async (communityId) => {
      set({ loading: true, error: null });
      try {
        const [overview, people] = await Promise.all([fetchGrids(communityId), fetchAssignees(communityId)]);
        set({ overview, workers: people.filter((p) => p.roles.includes('grid_worker')), loading: false });
      } catch (e) {
        set({ loading: false, error: messageOf(e) });
      }
    },
    saveCategory: (communityId, f) => {
      const input = { communityId, ...f };
      return save(
        `category:${f.categoryId ?? 'new'}`,
        input,
        (k) => saveCategory(input, k),
        () => get().loadCategories(communityId),
        `已保存「${f.name}」`,
      );
    },
    saveGrid: (communityId, { gridId, ...fields }) => {
      const send = (k: string) =>
        gridId
          ? updateGrid({ communityId, gridId, ...fields }, k)
          : createGrid({ communityId, ...fields }, k);
      return save(
        `grid:${gridId ?? 'new'}`,
        { gridId, ...fields },
        send,
        () => get().loadGrids(communityId),
        `已保存「${fields.name}」`,
      );
    },
  };
});
