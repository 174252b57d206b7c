/** Appeal shapes for the 民情 page tests, and the Textarea the shared component mock lacks. */
import React from 'react';
import type { AppealCategoryView, AppealDetail } from '@linli/types';

/** Taro's Textarea reports typing as {detail: {value}}, like its Input. */
export function Textarea(props: {
  value?: string;
  placeholder?: string;
  onInput?: (e: { detail: { value: string } }) => void;
}) {
  return React.createElement('textarea', {
    value: props.value ?? '',
    placeholder: props.placeholder,
    onChange: (e: React.ChangeEvent<HTMLTextAreaElement>) =>
      props.onInput?.({ detail: { value: e.target.value } }),
  });
}

export const categories: AppealCategoryView[] = [
  { id: 'cat-infra', name: '基础设施', acceptWorkingDays: 1, finishDays: 7, sort: 1 },
  { id: 'cat-env', name: '环境卫生', acceptWorkingDays: 1, finishDays: 7, sort: 2 },
];

export function appealDetail(over: Partial<AppealDetail> = {}): AppealDetail {
  return {
    id: 'ap-1',
    communityId: 'bjq',
    categoryId: 'cat-infra',
    categoryName: '基础设施',
    words: '楼道灯坏了',
    status: 'submitted',
    ending: null,
    channel: 'online',
    place: { estateId: 'est-1', estateName: '锦绣苑', building: '3栋' },
    gridId: 'g-3',
    gridName: '第3网格',
    submitterName: '张秀英',
    responsibleId: null,
    responsibleName: null,
    list: null,
    createdAt: '2099-10-02T02:00:00Z',
    acceptedAt: null,
    acceptBy: '2099-10-03T02:00:00Z',
    finishBy: null,
    closedAt: null,
    overdue: false,
    stars: null,
    photoCount: 1,
    hasVoice: false,
    namePublic: false,
    submitterPhone: null,
    recordedByName: null,
    photos: [{ id: 'f1', mime: 'image/jpeg', url: 'http://api.test/files/f1' }],
    voice: null,
    duplicateOfId: null,
    reopenedAt: null,
    rating: null,
    links: [],
    timeline: [
      {
        id: 'e1',
        kind: 'submitted',
        actorName: '张秀英',
        at: '2099-10-02T02:00:00Z',
        words: '楼道灯坏了',
        photos: [],
        meta: {},
      },
    ],
    can: {
      accept: false,
      assign: false,
      progress: false,
      close: false,
      rate: false,
      reopen: false,
      sort: false,
      link: false,
    },
    ...over,
  };
}
