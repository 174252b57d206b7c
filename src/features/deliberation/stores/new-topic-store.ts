import { create } from 'zustand';
import type { EstateBrief, TopicDetail } from '@linli/types';
import { type Loadable, loadable, storeTasks } from '@/lib/store-task';
import { createTopic, type CreateInput, fetchEstates } from '../services/deliberation.service';

interface State extends Loadable {
  /** The community's 小区 with their 楼栋, to choose the scope from. */
  estates: EstateBrief[];
  saving: boolean;
  saveError: string | null;
  loadEstates: (communityId: string) => Promise<void>;
  /** The window is part of the input but not of the intent: a retry after a lost answer keeps its key. */
  create: (input: CreateInput) => Promise<TopicDetail | undefined>;
  reset: () => void;
}

const initial = { ...loadable, estates: [], saving: false, saveError: null };

/** 发起议题: the estates to choose the scope from, and one request key per topic being made. */
export const useNewTopicStore = create<State>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial,
    loadEstates: async (communityId) =>
      void (await tasks.fetch(() => fetchEstates(communityId), (estates) => ({ estates, loaded: true }))),
    create: (input) =>
      tasks.act({
        busy: 'saving',
        error: 'saveError',
        intent: 'create',
        input: { ...input, opensAt: '', closesAt: '' },
        send: (o) => createTopic(input, o),
      }),
    reset: tasks.reset(initial),
  };
});

/** The chosen estates (id → chosen 楼栋) as the topic's scope: none is the whole community; no 楼栋 the whole estate. */
export type ScopePick = Record<string, string[]>;
export const scopeOf = (pick: ScopePick | null): CreateInput['scope'] =>
  pick ? Object.entries(pick).map(([estateId, buildings]) => (buildings.length ? { estateId, buildings } : { estateId })) : [];
