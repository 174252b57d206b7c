import type { Role } from '@linli/types';
import { useSessionStore } from '@/features/session';

/** Whether the person holds any of `roles` in the current community (a boolean, so no re-render churn). */
export function useHasRole(...roles: Role[]): boolean {
  return useSessionStore((s) =>
    Boolean(
      s.me?.memberships.find((m) => m.communityId === s.communityId)?.roles.some((r) => roles.includes(r)),
    ),
  );
}
