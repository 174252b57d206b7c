import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { EventStatus, ExpenseStatus, TopicDetail } from '@linli/types';
import { Chips } from '@/components/chips';
import { ChoiceList } from '@/components/choice-list';
import { Notice } from '@/components/notice';
import { Button } from '@/components/ui';
import { formatDateTime, formatFen } from '@/lib/format';
import { useLinkTargetsStore } from '../stores/link-targets-store';

const EXPENSE: Record<ExpenseStatus, string> = {
  pending: '待审批',
  approved: '已批准',
  rejected: '未批准',
  paid: '已支付',
};
const EVENT: Record<EventStatus, string> = {
  draft: '草稿',
  published: '已发布',
  finished: '已结束',
  cancelled: '已取消',
};

/**
 * 关联落实: choose 微基金支出 or 活动, tap one of the community's (those already linked are left out), then 关联.
 * `onLink` is the topic store's link; the list loads when the picker opens.
 */
export function LinkPicker({
  communityId,
  topic,
  busy,
  onLink,
}: {
  communityId: string;
  topic: TopicDetail;
  busy: boolean;
  onLink: (kind: 'expense' | 'event', targetId: string) => Promise<void>;
}) {
  const store = useLinkTargetsStore();
  const [kind, setKind] = useState<'expense' | 'event' | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const linked = new Set(topic.links.map((l) => `${l.kind}-${l.id}`));
  const choose = (k: 'expense' | 'event') => {
    setKind(k);
    setPicked(null);
  };
  // Loads once the picker opens, and again for another community (a failure waits for 再试一次, no loop).
  const { load, communityId: listed } = store;
  const open = kind !== null;
  useEffect(() => {
    if (open && listed !== communityId) void load(communityId);
  }, [open, listed, communityId, load]);
  const current = store.communityId === communityId;
  const choices = !current
    ? []
    : kind === 'expense'
      ? store.expenses
          .filter((x) => !linked.has(`expense-${x.id}`))
          .map((x) => ({
            value: x.id,
            title: x.purpose,
            note: `${formatFen(x.amountFen)} · ${EXPENSE[x.status]} · ${formatDateTime(x.createdAt)}`,
          }))
      : kind === 'event'
        ? store.events
            .filter((e) => !linked.has(`event-${e.id}`))
            .map((e) => ({
              value: e.id,
              title: e.title,
              note: `${formatDateTime(e.startsAt)} · ${e.place} · ${EVENT[e.status]}`,
            }))
        : [];
  const link = async () => {
    if (!kind || !picked) return;
    await onLink(kind, picked);
    setPicked(null);
  };
  return (
    <View className="topic__link-picker">
      <Text className="field-label">关联落实这项决议的支出或活动</Text>
      <Chips
        label="关联什么"
        value={kind}
        onChange={choose}
        options={[
          { value: 'expense', label: '微基金支出' },
          { value: 'event', label: '活动' },
        ]}
      />
      {store.error ? (
        <Notice
          title="列表没有取到"
          action={
            <Button
              size="large"
              block
              fill="outline"
              loading={store.loading}
              onClick={() => void load(communityId)}
            >
              再试一次
            </Button>
          }
        >
          {store.error}
        </Notice>
      ) : null}
      {kind && store.loading ? <Text className="muted">正在读取…</Text> : null}
      {kind && store.loaded && choices.length === 0 ? (
        <Text className="muted">
          {kind === 'expense' ? '没有可以关联的微基金支出' : '没有可以关联的活动'}
        </Text>
      ) : null}
      {choices.length ? (
        <ChoiceList
          label={kind === 'expense' ? '微基金支出' : '活动'}
          choices={choices}
          value={picked}
          onChange={setPicked}
        />
      ) : null}
      {kind ? (
        <Button
          size="large"
          block
          type="primary"
          disabled={!picked}
          loading={busy}
          onClick={() => void link()}
        >
          {kind === 'expense' ? '关联这笔支出' : '关联这个活动'}
        </Button>
      ) : null}
    </View>
  );
}
