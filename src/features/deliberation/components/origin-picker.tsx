import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { AppealSummary, StaffEventRow, TopicSource } from '@linli/types';
import { Chips } from '@/components/chips';
import { ChoiceList } from '@/components/choice-list';
import { Notice } from '@/components/notice';
import { Button } from '@/components/ui';
import { formatDateTime } from '@/lib/format';

const clip = (s: string, n = 30) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** 议题从哪里来: 社区发起, or one of the residents' appeals, or a 民生项目 — picked from the newest ones. */
export function SourcePicker(p: {
  source: TopicSource;
  sourceId: string | null;
  appeals: AppealSummary[];
  loading: boolean;
  error: string | null;
  onSource: (s: TopicSource) => void;
  onPick: (appealId: string) => void;
  onRetry: () => void;
}) {
  const listed = p.appeals.some((a) => a.id === p.sourceId);
  return (
    <View className="origin-picker">
      <Chips
        label="议题来源"
        value={p.source}
        onChange={p.onSource}
        options={[
          { value: 'staff', label: '社区发起' },
          { value: 'appeal', label: '居民诉求' },
          { value: 'project', label: '民生项目' },
        ]}
      />
      {p.source !== 'staff' ? (
        <>
          {p.error ? (
            <Notice
              title="诉求列表没有取到"
              action={
                <Button size="large" block fill="outline" onClick={p.onRetry}>
                  再试一次
                </Button>
              }
            >
              {p.error}
            </Notice>
          ) : null}
          {p.loading ? <Text className="muted">正在读取…</Text> : null}
          {!p.loading && !p.error && p.appeals.length === 0 ? (
            <Text className="muted">
              {p.source === 'project' ? '还没有归入民生项目的诉求' : '还没有居民诉求'}
            </Text>
          ) : null}
          {p.sourceId && !listed && !p.loading ? (
            <Text className="muted">已选的诉求不在最近的列表里，将按它发起</Text>
          ) : null}
          {p.appeals.length ? (
            <ChoiceList
              label={p.source === 'project' ? '民生项目' : '居民诉求'}
              value={p.sourceId}
              onChange={p.onPick}
              choices={p.appeals.map((a) => ({
                value: a.id,
                title: clip(a.words || a.categoryName),
                note: `${a.categoryName} · ${a.place.estateName} ${a.place.building} · ${formatDateTime(a.createdAt)}`,
              }))}
            />
          ) : null}
        </>
      ) : null}
    </View>
  );
}

/** 议事会 (optional): one of the community's coming events, where residents talk it over before voting. */
export function MeetingPicker(p: {
  events: StaffEventRow[];
  value: string | null;
  onChange: (eventId: string | null) => void;
}) {
  const [open, setOpen] = useState(p.value !== null);
  return (
    <View className="meeting-picker">
      <Chips
        label="议事会"
        value={open ? 'yes' : 'no'}
        onChange={(v) => {
          setOpen(v === 'yes');
          if (v === 'no') p.onChange(null);
        }}
        options={[
          { value: 'no', label: '不关联' },
          { value: 'yes', label: '关联一个活动' },
        ]}
      />
      {open && p.events.length ? (
        <ChoiceList
          label="议事会活动"
          value={p.value}
          onChange={p.onChange}
          choices={p.events.map((e) => ({
            value: e.id,
            title: e.title,
            note: `${formatDateTime(e.startsAt)} · ${e.place}${e.status === 'draft' ? ' · 草稿' : ''}`,
          }))}
        />
      ) : null}
      {open && p.events.length === 0 ? (
        <Text className="muted">还没有可以关联的活动（可以先在活动管理里建一个）</Text>
      ) : null}
    </View>
  );
}
