import type { AppealDetail } from '@linli/types';
import { acceptAppeal, addProgress, closeAppeal } from '../services/appeals.service';
import type { HandlerCalls } from '../components/handler-actions';
import { useAppealStore } from './appeal-store';

/** The handler's steps on the loaded appeal, each under its own request key (see appeal-store act). */
export function handlerCalls(a: AppealDetail): HandlerCalls {
  const ref = { communityId: a.communityId, appealId: a.id };
  const act = useAppealStore.getState().act;
  return {
    accept: () => void act('accept', ref, (k) => acceptAppeal(ref, k), '已受理，请尽快联系居民'),
    progress: (words, photos) => {
      const input = { ...ref, words, ...(photos.length ? { photos } : {}) };
      return act('progress', input, (k) => addProgress(input, k), '进展已记下，居民能看到');
    },
    close: (ending, words, photos, duplicateOf) => {
      const input = {
        ...ref,
        ending,
        words,
        ...(photos.length ? { photos } : {}),
        ...(duplicateOf ? { duplicateOf } : {}),
      };
      return act('close', input, (k) => closeAppeal(input, k), '已办结，居民会收到通知并评价');
    },
  };
}
