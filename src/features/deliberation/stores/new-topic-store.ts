import { create } from 'zustand';
import type { TopicDetail } from '@linli/types';
import { storeTasks } from '@/lib/store-task';
import { createTopic, type CreateInput } from '../services/deliberation.service';

interface State {
  saving: boolean;
  error: string | null;
  /** The window is part of the input but not of the intent: a retry after a lost answer keeps its key. */
  create: (input: CreateInput) => Promise<TopicDetail | undefined>;
  reset: () => void;
}

const initial = { saving: false, error: null };

/** 发起议题: one request key per topic being made. */
export const useNewTopicStore = create<State>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial,
    create: (input) =>
      tasks.act({
        busy: 'saving',
        error: 'error',
        intent: 'create',
        input: { ...input, opensAt: '', closesAt: '' },
        send: (o) => createTopic(input, o),
      }),
    reset: tasks.reset(initial),
  };
});
