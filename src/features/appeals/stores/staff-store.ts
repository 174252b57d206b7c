import { create } from 'zustand';
import type {
  AppealCategoryView,
  AppealDetail,
  AppealLinkKind,
  AppealList,
  AssigneeView,
  GridView,
} from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import {
  assignAppeal,
  fetchAssignees,
  fetchCategories,
  fetchGrids,
  fetchLinkTargets,
  linkProject,
  sortIntoList,
} from '../services/appeals.service';
import type { LinkTargets } from '../components/staff-actions';
import { useAppealStore } from './appeal-store';

interface State {
  assignees: AssigneeView[];
  targets: LinkTargets | null;
  categories: AppealCategoryView[];
  grids: GridView[];
  error: string | null;
  /** The list filters' choices: categories and grids. */
  loadMeta: (communityId: string) => Promise<void>;
  loadAssignees: (communityId: string) => Promise<void>;
  loadTargets: (communityId: string) => Promise<void>;
}

/** The people staff may name and the things a 项目 may link to, fetched once per visit. */
export const useStaffAppealStore = create<State>()((set, get) => ({
  assignees: [],
  targets: null,
  categories: [],
  grids: [],
  error: null,
  loadMeta: async (communityId) => {
    try {
      const [categories, overview] = await Promise.all([
        fetchCategories(communityId),
        fetchGrids(communityId),
      ]);
      set({ categories, grids: overview.grids });
    } catch (e) {
      set({ error: messageOf(e) });
    }
  },
  loadAssignees: async (communityId) => {
    if (get().assignees.length) return;
    try {
      set({ assignees: await fetchAssignees(communityId) });
    } catch (e) {
      set({ error: messageOf(e) });
    }
  },
  loadTargets: async (communityId) => {
    try {
      set({ targets: await fetchLinkTargets(communityId) });
    } catch (e) {
      set({ error: messageOf(e) });
    }
  },
}));

/** Staff steps on the loaded appeal, each under its own request key. */
export function staffCalls(a: AppealDetail) {
  const ref = { communityId: a.communityId, appealId: a.id };
  const act = useAppealStore.getState().act;
  return {
    assign: (responsibleId: string, reason?: string) => {
      const input = { ...ref, responsibleId, ...(reason ? { reason } : {}) };
      void act('assign', input, (k) => assignAppeal(input, k), reason ? '已更换责任人' : '已确定责任人');
    },
    sort: (list: AppealList | null) => {
      const input = { ...ref, list };
      void act('sort', input, (k) => sortIntoList(input, k), list ? '已归入清单' : '已移出清单');
    },
    link: (kind: AppealLinkKind, targetId: string, remove?: boolean) => {
      const input = { ...ref, kind, targetId, ...(remove ? { remove } : {}) };
      void act('link', input, (k) => linkProject(input, k), remove ? '已取消关联' : '已关联');
    },
  };
}
