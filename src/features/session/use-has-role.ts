import type { Role } from '@linli/types';
import { useSessionStore } from './stores/session-store';

/**
 * Whether the person holds any of `roles` in the current community; admin counts as staff, as on the
 * server (hasRole in server/domain/shared/context.ts). A boolean, so zustand does not re-render on
 * every session change.
 */
export function useHasRole(...roles: Role[]): boolean {
  return useSessionStore((s) => {
    const held = s.me?.memberships.find((m) => m.communityId === s.communityId)?.roles ?? [];
    return held.some((r) => roles.includes(r) || (r === 'admin' && roles.includes('staff')));
  });
}
