import { create } from 'zustand';
import type { TopicSummary } from '@linli/types';
import { type Loadable, loadable, storeTasks } from '@/lib/store-task';
import { fetchTopics } from '../services/deliberation.service';

interface State extends Loadable {
  topics: TopicSummary[];
  load: (communityId: string) => Promise<void>;
  reset: () => void;
}

const initial = { ...loadable, topics: [] };

/** The community's 议题 and 评选: open first, then upcoming, then closed. */
export const useTopicsStore = create<State>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial,
    load: async (communityId) => void (await tasks.fetch(() => fetchTopics(communityId), (topics) => ({ topics, loaded: true }))),
    reset: tasks.reset(initial),
  };
});

/** The topic 首页 offers: open, the caller may vote and has not yet; a household 议题 before a 评选, the soonest to close first. */
export const topicToVote = (topics: TopicSummary[]) =>
  topics
    .filter((t) => t.status === 'open' && t.canVote && !t.voted)
    .sort((a, b) => Number(a.kind !== 'deliberation') - Number(b.kind !== 'deliberation') || a.closesAt.localeCompare(b.closesAt))[0] ?? null;
