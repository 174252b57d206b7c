/** Put the session store in the state a logged-in member of 碧鸡桥社区 leaves it in. */
import type { Me } from '@linli/types';
import { useSessionStore } from '@/features/session';
import { me as buildMe } from './fixtures';

export function signedIn(person: Me = buildMe()): void {
  useSessionStore.setState({
    status: 'ready',
    me: person,
    communityId: person.memberships[0]?.communityId ?? null,
    error: null,
  });
}
