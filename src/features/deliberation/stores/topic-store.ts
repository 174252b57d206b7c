import { create } from 'zustand';
import type { TopicDetail } from '@linli/types';
import { type Loadable, loadable, storeTasks } from '@/lib/store-task';
import * as api from '../services/deliberation.service';
import { useTopicsStore } from './topics-store';

type Ref = { communityId: string; topicId: string };

interface State extends Loadable {
  topic: TopicDetail | null;
  /** The option the person tapped, before 确认投票. */
  picked: string | null;
  acting: boolean;
  actError: string | null;
  done: string | null;
  load: (ref: Ref) => Promise<void>;
  pick: (optionId: string) => void;
  vote: (ref: Ref) => Promise<void>;
  close: (ref: Ref) => Promise<void>;
  /** The 决议's words and (file ids) photos of the minutes or the meeting. */
  resolve: (ref: Ref, words: string, photos?: string[]) => Promise<void>;
  link: (ref: Ref, kind: 'expense' | 'event', targetId: string) => Promise<void>;
  reset: () => void;
}

const initial = { ...loadable, topic: null, picked: null, acting: false, actError: null, done: null };

/** One 议题 as the caller sees it, and what they may do on it (vote; staff: close, 决议, links). */
export const useTopicStore = create<State>()((set, get) => {
  const tasks = storeTasks(get, set);
  const act = (intent: string, input: unknown, send: Parameters<typeof tasks.act<TopicDetail>>[0]['send'], doneText: string) =>
    tasks.act({
      busy: 'acting',
      error: 'actError',
      start: { done: null },
      intent,
      input,
      send,
      done: (topic) => ({ topic, done: doneText, picked: null }),
    });
  return {
    ...initial,
    load: async (ref) => {
      if (get().topic?.id !== ref.topicId) set({ topic: null, picked: null, done: null, actError: null });
      await tasks.fetch(() => api.fetchTopic(ref), (topic) => ({ topic, loaded: true }));
    },
    pick: (optionId) => set({ picked: optionId, actError: null }),
    vote: async (ref) => {
      const optionId = get().picked;
      if (!optionId) return;
      await tasks.act({
        busy: 'acting',
        error: 'actError',
        start: { done: null },
        intent: 'vote',
        input: { ...ref, optionId },
        send: (o) => api.vote(ref, optionId, o),
        // The answer is the household's ballot and the turnout; the rest of the topic is what the page holds.
        done: (v) => {
          const topic = get().topic;
          return {
            picked: null,
            done: '投票成功，谢谢您参与议事',
            topic: topic && topic.id === v.topicId ? { ...topic, myBallot: v.myBallot, turnout: v.turnout, voted: true } : topic,
          };
        },
        after: () => useTopicsStore.getState().load(ref.communityId),
      });
    },
    close: async (ref) => void (await act('close', ref, (o) => api.closeTopic(ref, o), '投票已结束，结果已公布')),
    resolve: async (ref, words, photos = []) =>
      void (await act('resolve', { ...ref, words, photos }, (o) => api.resolveTopic(ref, words, photos, o), '决议已记录')),
    link: async (ref, kind, targetId) =>
      void (await act('link', { ...ref, kind, targetId }, (o) => api.linkTopic(ref, kind, targetId, o), '已关联')),
    reset: tasks.reset(initial),
  };
});
