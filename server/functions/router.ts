/**
 * The router over every function's handlers: the local runtime (server/runtime/http.ts), the tests
 * and the benchmarks call `dispatch`. Cloud bundles use `routerFor` with their own map instead
 * (server/functions/cloud-entry.ts), so they do not carry the other domains.
 */
import { handlers } from './handlers';
import { routerFor } from './router-core';

export { routerFor, type DispatchResult, type Dispatch, type RouterDeps } from './router-core';

export const dispatch = routerFor(handlers);
