import type { EstateBrief, EventDetail, EventSummary } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { ChoiceList } from '@/components/choice-list';
import { Chips } from '@/components/chips';
import { Notice } from '@/components/notice';
import { Button, Input } from '@/components/ui';
import { formatDateTime } from '@/lib/format';
import type { ProxyForm } from '../stores/proxy-validate';

interface Props {
  events: EventSummary[];
  estates: EstateBrief[];
  event: EventDetail | null;
  form: ProxyForm;
  error: string | null;
  submitting: boolean;
  onPickEvent: (id: string) => void;
  onField: <K extends keyof ProxyForm>(key: K, value: ProxyForm[K]) => void;
  onSubmit: () => void;
}

const partyLabel = (n: number) => (n <= 1 ? '本人' : `本人+${n - 1}位陪同`);

export function ProxyFormView({
  events,
  estates,
  event,
  form,
  error,
  submitting,
  onPickEvent,
  onField,
  onSubmit,
}: Props) {
  const estate = estates.find((e) => e.id === form.estateId) ?? null;
  const maxParty = event?.maxPartySize ?? 1;
  return (
    <View className="card proxy-form">
      <Text className="field-label">1. 选择活动</Text>
      <ChoiceList
        label="活动"
        value={form.eventId}
        onChange={onPickEvent}
        choices={events.map((e) => ({
          value: e.id,
          title: e.title,
          note: `${formatDateTime(e.startsAt)} · 剩余 ${e.seatsLeft} 席`,
        }))}
      />
      {event?.minAge ? (
        <Notice tone="info">
          本活动限 {event.minAge} 周岁以上（{new Date().getFullYear() - event.minAge} 年及以前出生）。
        </Notice>
      ) : null}

      <Text className="field-label">2. 老人姓名</Text>
      <Input
        className="field-input"
        value={form.name}
        maxLength={20}
        placeholder="例如 王桂兰"
        onChange={(v) => onField('name', v)}
      />

      <Text className="field-label">3. 小区</Text>
      <Chips
        label="小区"
        value={form.estateId}
        onChange={(v) => onField('estateId', v)}
        options={estates.map((e) => ({ value: e.id, label: e.name }))}
      />
      {estate ? (
        <>
          <Text className="field-label">楼栋</Text>
          <Chips
            label="楼栋"
            value={form.building}
            onChange={(v) => onField('building', v)}
            options={estate.buildings.map((b) => ({ value: b, label: b }))}
          />
        </>
      ) : null}
      <Text className="field-label">单元</Text>
      <Input
        className="field-input"
        value={form.unit}
        maxLength={20}
        placeholder="例如 1单元"
        onChange={(v) => onField('unit', v)}
      />

      <Text className="field-label">4. 出生年份</Text>
      <Input
        className="field-input"
        type="number"
        value={form.birthYear}
        maxLength={4}
        placeholder="例如 1948"
        onChange={(v) => onField('birthYear', v)}
      />
      <Text className="field-label">手机号（选填，方便通知）</Text>
      <Input
        className="field-input"
        type="number"
        value={form.phone}
        maxLength={11}
        placeholder="没有可不填"
        onChange={(v) => onField('phone', v)}
      />
      {maxParty > 1 ? (
        <>
          <Text className="field-label">5. 几位参加？</Text>
          <Chips
            label="参加人数"
            value={form.partySize}
            onChange={(n) => onField('partySize', n)}
            options={Array.from({ length: maxParty }, (_, i) => ({ value: i + 1, label: partyLabel(i + 1) }))}
          />
        </>
      ) : null}
      {error ? <Notice title="还不能提交">{error}</Notice> : null}
      <View className="row-gap">
        <Button type="primary" size="large" block loading={submitting} onClick={onSubmit}>
          {submitting ? '正在代报名…' : '代报名'}
        </Button>
      </View>
    </View>
  );
}
