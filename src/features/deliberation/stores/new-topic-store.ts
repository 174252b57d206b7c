import { create } from 'zustand';
import type { AppealSummary, EstateBrief, StaffEventRow, TopicDetail } from '@linli/types';
import { type Loadable, loadable, storeTasks } from '@/lib/store-task';
import { createTopic, type CreateInput, fetchEstates, fetchSourceAppeals, fetchStaffEvents } from '../services/deliberation.service';

interface State extends Loadable {
  /** The community's 小区 with their 楼栋, to choose the scope from. */
  estates: EstateBrief[];
  /** Events that can be the topic's 议事会 (not cancelled, not finished). */
  events: StaffEventRow[];
  /** Appeals (or 民生项目) the topic can come from. */
  appeals: AppealSummary[];
  /** Which list `appeals` holds (an older answer for the other list is dropped). */
  appealsFor: 'appeal' | 'project' | null;
  appealsLoading: boolean;
  appealsError: string | null;
  saving: boolean;
  saveError: string | null;
  loadChoices: (communityId: string) => Promise<void>;
  loadAppeals: (communityId: string, source: 'appeal' | 'project') => Promise<void>;
  /** The window is part of the input but not of the intent: a retry after a lost answer keeps its key. */
  create: (input: CreateInput) => Promise<TopicDetail | undefined>;
  reset: () => void;
}

const initial = { ...loadable, estates: [], events: [], appeals: [], appealsFor: null, appealsLoading: false, appealsError: null, saving: false, saveError: null };

/** 发起议题: the estates, events and appeals to choose from, and one request key per topic being made. */
export const useNewTopicStore = create<State>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial,
    loadChoices: async (communityId) =>
      void (await tasks.fetch(
        async () => {
          const [estates, events] = await Promise.all([fetchEstates(communityId), fetchStaffEvents(communityId)]);
          return { estates, events: events.filter((e) => e.status === 'draft' || e.status === 'published') };
        },
        (r) => ({ ...r, loaded: true }),
      )),
    loadAppeals: async (communityId, source) =>
      void (await tasks.load({
        busy: 'appealsLoading',
        error: 'appealsError',
        start: { appeals: [], appealsFor: source },
        run: () => fetchSourceAppeals(communityId, source),
        done: (appeals) => (get().appealsFor === source ? { appeals } : {}),
      })),
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
