import { NETWORK_FAILED, isCloudError } from '@/lib/cloud-error';
import { newRequestKey } from '@/lib/request-key';

export type IntentKey = ReturnType<typeof intentKey>;

/**
 * One request key per intent (a donation, an award, a redemption): kept while the answer is unknown
 * (network lost), so trying again cannot do it twice; dropped once the server answered, yes or no.
 * Given the input that names the intent, a changed input is a new intent and gets a new key.
 */
export function intentKey() {
  let key: string | null = null;
  let named: string | undefined;
  return {
    get: (input?: unknown): string => {
      const name = input === undefined ? undefined : JSON.stringify(input);
      if (name !== named) key = null;
      named = name;
      return (key ??= newRequestKey());
    },
    settle: (err?: unknown): void => {
      if (!err || !isCloudError(err) || err.code !== NETWORK_FAILED) key = null;
    },
    clear: (): void => {
      key = null;
    },
  };
}
