import type { CallOptions } from '@/lib/cloud';
import type { storeTasks } from '@/lib/store-task';

/** The part every staff form store shares: its fields, the save in flight, the refusal, the answer. */
export interface FormSlice<F, R> {
  fields: F;
  saving: boolean;
  error: string | null;
  done: R | null;
}

/**
 * Validate → send under the form's intent key (the same fields sent again are a retry) → clear the
 * form on success, keep it (with the server's words) on a refusal. A second tap while saving does
 * nothing. Resolves true when saved.
 */
export async function submitForm<S extends FormSlice<F, R>, F, I, R>(
  tasks: ReturnType<typeof storeTasks<S>>,
  get: () => S,
  set: (patch: Partial<S>) => void,
  form: {
    empty: F;
    toInput: (fields: F) => I | string;
    send: (input: I, opts: CallOptions) => Promise<R>;
  },
): Promise<boolean> {
  if (get().saving) return false;
  const input = form.toInput(get().fields);
  if (typeof input === 'string') {
    set({ error: input, done: null } as Partial<S>);
    return false;
  }
  const done = await tasks.act({
    busy: 'saving',
    error: 'error',
    start: { done: null } as Partial<S>,
    intent: 'submit',
    input,
    send: (o) => form.send(input, o),
    done: (d) => ({ done: d, fields: form.empty }) as Partial<S>,
  });
  return done !== undefined;
}
