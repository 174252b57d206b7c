import { useRef } from 'react';
import { useDidShow } from '@tarojs/taro';
import { useSessionStore, type ReadySession } from './stores/session-store';

/**
 * For pages that need a member of a community: waits for the session (routing to login/join
 * when needed) and runs `load` on every show, so data is fresh after coming back from a sign-up.
 */
export function useCommunityPage(load: (s: ReadySession) => unknown) {
  const loadRef = useRef(load);
  loadRef.current = load;
  const status = useSessionStore((s) => s.status);
  const error = useSessionStore((s) => s.error);

  const run = (force = false) =>
    useSessionStore
      .getState()
      .ensure({ force })
      .then((s) => (s ? loadRef.current(s) : undefined));

  useDidShow(() => {
    void run();
  });

  // Retry re-asks the server who we are only if that is what failed; otherwise it just reloads the page data.
  return { status, error, retry: () => void run(useSessionStore.getState().status === 'error') };
}
