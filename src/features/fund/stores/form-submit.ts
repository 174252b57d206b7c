import { messageOf } from '@/lib/cloud-error';
import type { intentKey } from '@/lib/intent-key';

/** The part every staff form store shares: its fields, the save in flight, the refusal, the answer. */
export interface FormSlice<F, R> {
  fields: F;
  saving: boolean;
  error: string | null;
  done: R | null;
}

/**
 * Validate → send once under the form's intent key → clear the form on success, keep it (with the
 * server's words) on a refusal. A second tap while saving does nothing. Resolves true when saved.
 */
export async function submitForm<F, I, R>(
  get: () => FormSlice<F, R>,
  set: (patch: Partial<FormSlice<F, R>>) => void,
  form: {
    key: ReturnType<typeof intentKey>;
    empty: F;
    toInput: (fields: F) => I | string;
    send: (input: I, requestKey: string) => Promise<R>;
  },
): Promise<boolean> {
  if (get().saving) return false;
  const input = form.toInput(get().fields);
  if (typeof input === 'string') {
    set({ error: input, done: null });
    return false;
  }
  set({ saving: true, error: null, done: null });
  try {
    const done = await form.send(input, form.key.get());
    form.key.settle();
    set({ saving: false, done, fields: form.empty });
    return true;
  } catch (e) {
    form.key.settle(e);
    set({ saving: false, error: messageOf(e) });
    return false;
  }
}
