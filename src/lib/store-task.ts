/**
 * The one way a store runs a call: a flag while it runs, the Chinese message when it failed, and for
 * a mutation one request key per intent, sent again unchanged when the same thing is tried again after
 * a lost answer, so a retried save cannot make a second record (see intent-key.ts).
 */
import type { CallOptions } from './cloud';
import { messageOf } from './cloud-error';
import { intentKey, type IntentKey } from './intent-key';

interface Task<S, R> {
  /** The field that shows it running: true, or the id of the row being worked on (`id`). */
  busy: keyof S;
  id?: string;
  /** The field that gets the Chinese message when it failed. */
  error: keyof S;
  /** Fields set as it starts (clearing the last answer, say). */
  start?: Partial<S>;
  /** What it writes when it worked, in the update that clears `busy`. */
  done?: (result: R) => Partial<S>;
  /** Runs after that update, e.g. a reload so the screen shows the server's truth. */
  after?: (result: R) => unknown;
}

export interface Load<S, R> extends Task<S, R> {
  run: () => Promise<R>;
}

export interface Act<S, R> extends Task<S, R> {
  /** The intent's name; with `input` (what it acts on) it picks the request key, kept until the server answers. */
  intent: string;
  input?: unknown;
  send: (opts: CallOptions) => Promise<R>;
}

/** What a store that loads one thing shows: loaded yet, loading now, why it failed. */
export interface Loadable {
  loaded: boolean;
  loading: boolean;
  error: string | null;
}
export const loadable: Loadable = { loaded: false, loading: false, error: null };

/** Actions on rows of a list: the row being worked on, why it failed, what it did. */
export interface RowActions {
  busyId: string | null;
  actionError: string | null;
  actionDone: string | null;
}
export const rowActions: RowActions = { busyId: null, actionError: null, actionDone: null };

/** Resolves to the call's result, or undefined when it failed (the error field says why). */
export function storeTasks<S>(get: () => S, set: (patch: Partial<S>) => void) {
  const keys = new Map<string, IntentKey>();

  async function track<R>(
    t: Task<S, R>,
    run: () => Promise<R>,
    settle?: (e?: unknown) => void,
  ): Promise<R | undefined> {
    const idle = t.id === undefined ? false : null;
    set({ ...t.start, [t.busy]: t.id ?? true, [t.error]: null } as Partial<S>);
    let result: R;
    try {
      result = await run();
    } catch (e) {
      settle?.(e);
      set({ [t.busy]: idle, [t.error]: messageOf(e) } as Partial<S>);
      return undefined;
    }
    settle?.();
    set({ [t.busy]: idle, ...t.done?.(result) } as Partial<S>);
    await t.after?.(result);
    return result;
  }

  return {
    /** A read: every call runs. */
    load: <R>(t: Load<S, R>): Promise<R | undefined> => track(t, t.run),
    /** A mutation: a second tap while one is running does nothing. */
    act: <R>(t: Act<S, R>): Promise<R | undefined> => {
      if (get()[t.busy]) return Promise.resolve(undefined);
      let key = keys.get(t.intent);
      if (!key) keys.set(t.intent, (key = intentKey()));
      const requestKey = key.get(t.input);
      return track(t, () => t.send({ requestKey }), key.settle);
    },
    /** The store's main load, shown by its `loading` and `error` fields. */
    fetch: <R>(run: () => Promise<R>, done: (result: R) => Partial<S>): Promise<R | undefined> =>
      track({ busy: 'loading' as keyof S, error: 'error' as keyof S, done }, run),
    /** Forgets kept keys: after a reset nothing counts as a retry. */
    forget: (): void => keys.clear(),
    /** The store's reset: its initial state, and no kept keys. */
    reset: (initial: Partial<S>) => (): void => {
      keys.clear();
      set(initial);
    },
  };
}
