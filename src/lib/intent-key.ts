import { NETWORK_FAILED, isCloudError } from '@/lib/cloud-error';
import { newRequestKey } from '@/lib/request-key';

/**
 * One request key per intent (a donation, an award, a redemption): kept while the answer is unknown
 * (network lost), so trying again cannot do it twice; dropped once the server answered, yes or no.
 */
export function intentKey() {
  let key: string | null = null;
  return {
    get: (): string => (key ??= newRequestKey()),
    settle: (err?: unknown): void => {
      if (!err || !isCloudError(err) || err.code !== NETWORK_FAILED) key = null;
    },
    clear: (): void => {
      key = null;
    },
  };
}
