/**
 * The one way an app store is made: its initial fields, its actions (given `set`, `get` and the store's
 * `storeTasks`), and a `reset` back to those fields that also forgets kept request keys. A store that
 * loads one thing for the community on screen is `createFetchStore`.
 */
import { create, type StoreApi } from 'zustand';
import { storeTasks } from './store-task';

type Fn = (...args: never[]) => unknown;
/** A store's fields: everything that is not a function. */
export type StoreFields<T> = { [K in keyof T as T[K] extends Fn ? never : K]: T[K] };
type StoreActions<T> = Omit<T, keyof StoreFields<T> | 'reset'>;

export interface StoreTools<T> {
  set: StoreApi<T>['setState'];
  get: () => T;
  tasks: ReturnType<typeof storeTasks<T>>;
}

export function defineStore<T extends { reset: () => void }>(
  initial: StoreFields<T>,
  actions: (tools: StoreTools<T>) => StoreActions<T>,
) {
  return create<T>()((set, get) => {
    const tasks = storeTasks<T>(get, set);
    return { ...initial, ...actions({ set, get, tasks }), reset: tasks.reset(initial as unknown as Partial<T>) } as T;
  });
}

export interface FetchState<T> {
  data: T | null;
  loading: boolean;
  error: string | null;
  load: (communityId: string) => Promise<void>;
  reset: () => void;
}

/** A store that loads one thing for the community on screen (the home page, the fund board). */
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
