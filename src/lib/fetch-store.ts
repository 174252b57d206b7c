/**
 * A store that loads one thing for the community on screen (the home page, the fund board): the
 * thing, the loading flag and the Chinese message when it failed. Its own stores need no more than this.
 */
import { create } from 'zustand';
import { storeTasks } from './store-task';

export interface FetchState<T> {
  data: T | null;
  loading: boolean;
  error: string | null;
  load: (communityId: string) => Promise<void>;
  reset: () => void;
}

export function createFetchStore<T>(fetch: (input: { communityId: string }) => Promise<T>) {
  const initial = { data: null, loading: false, error: null };
  return create<FetchState<T>>()((set, get) => {
    const tasks = storeTasks(get, set);
    return {
      ...initial,
      load: async (communityId) => {
        await tasks.fetch(
          () => fetch({ communityId }),
          (data) => ({ data }),
        );
      },
      reset: tasks.reset(initial),
    };
  });
}
