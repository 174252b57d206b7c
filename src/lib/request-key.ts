/**
 * Idempotency keys for mutating calls: made once per user intent, reused on every retry of it,
 * so the server answers a retry with the original result. Not a secret, so Math.random suffices
 * (crypto is not available in every mini-program runtime).
 */
export function newRequestKey(): string {
  let rand = '';
  while (rand.length < 16) rand += Math.random().toString(36).slice(2);
  return `${Date.now().toString(36)}-${rand.slice(0, 16)}`;
}
