import { CATEGORY_LABELS, EVENT_CATEGORIES, type EstateBrief, type EventCategory } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { Chips } from '@/components/chips';
import { Notice } from '@/components/notice';
import { Button, Input } from '@/components/ui';
import { TIME_FIELDS, TIME_LABELS, type EventFormValues } from '../stores/event-form-model';
import { DateTimeField } from './date-time-field';
import { RolesEditor } from './roles-editor';
import { TextField } from '@/components/text-field';

interface Props {
  form: EventFormValues;
  estates: EstateBrief[];
  saving: boolean;
  error: string | null;
  isNew: boolean;
  onChange: (patch: Partial<EventFormValues>) => void;
  onSave: () => void;
}

const CATEGORIES = EVENT_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }));

/** Every field of an event, checked in words before it is sent. */
export function EventForm({ form, estates, saving, error, isNew, onChange, onSave }: Props) {
  const toggleEstate = (id: string) =>
    onChange({
      estateIds: form.estateIds.includes(id)
        ? form.estateIds.filter((e) => e !== id)
        : [...form.estateIds, id],
    });
  return (
    <View className="card event-form">
      <TextField
        label="活动名称"
        value={form.title}
        maxLength={60}
        onChange={(v) => onChange({ title: v })}
      />
      <Text className="field-label">类别</Text>
      <Chips<EventCategory>
        label="类别"
        options={CATEGORIES}
        value={form.category}
        onChange={(v) => onChange({ category: v })}
      />
      <TextField label="地点" value={form.place} maxLength={80} onChange={(v) => onChange({ place: v })} />
      <Text className="field-label">活动介绍</Text>
      <Input
        className="field-input"
        value={form.body}
        maxLength={5000}
        placeholder="内容、注意事项"
        onChange={(v) => onChange({ body: v })}
      />
      <TextField
        label="封面图片地址（选填）"
        value={form.coverUrl}
        placeholder="https://…"
        onChange={(v) => onChange({ coverUrl: v })}
      />

      <Text className="event-form__group">时间（北京时间）</Text>
      {TIME_FIELDS.map((f) => (
        <DateTimeField
          key={f}
          label={TIME_LABELS[f]}
          value={form[f]}
          onChange={(v) => onChange({ [f]: v })}
        />
      ))}

      <Text className="event-form__group">名额与条件</Text>
      <TextField
        label="名额（座位数）"
        keyboard="number"
        value={form.capacity}
        onChange={(v) => onChange({ capacity: v })}
      />
      <Text className="field-label">满员后候补</Text>
      <Chips<string>
        label="候补"
        options={[
          { value: 'on', label: '允许候补' },
          { value: 'off', label: '不设候补' },
        ]}
        value={form.waitlistEnabled ? 'on' : 'off'}
        onChange={(v) => onChange({ waitlistEnabled: v === 'on' })}
      />
      <TextField
        label="每份报名最多几人（含本人）"
        keyboard="number"
        value={form.maxPartySize}
        onChange={(v) => onChange({ maxPartySize: v })}
      />
      <TextField
        label="最低年龄（选填）"
        keyboard="number"
        value={form.minAge}
        placeholder="不限可不填"
        onChange={(v) => onChange({ minAge: v })}
      />
      <Text className="field-label">限定小区（不选即全社区）</Text>
      <View className="chips" role="group" aria-label="限定小区">
        {estates.map((e) => (
          <View
            key={e.id}
            className={`chip${form.estateIds.includes(e.id) ? ' chip--on' : ''}`}
            role="checkbox"
            aria-checked={form.estateIds.includes(e.id)}
            onClick={() => toggleEstate(e.id)}
          >
            {e.name}
          </View>
        ))}
      </View>
      <TextField
        label="出席可得积分"
        keyboard="number"
        value={form.attendancePoints}
        onChange={(v) => onChange({ attendancePoints: v })}
      />
      <TextField
        label="提前几小时提醒"
        keyboard="number"
        value={form.reminderHours}
        onChange={(v) => onChange({ reminderHours: v })}
      />

      <RolesEditor roles={form.volunteerRoles} onChange={(volunteerRoles) => onChange({ volunteerRoles })} />

      {error ? <Notice title="还不能保存">{error}</Notice> : null}
      <View className="row-gap">
        <Button type="primary" size="large" block loading={saving} onClick={onSave}>
          {isNew ? '保存为草稿' : '保存修改'}
        </Button>
      </View>
    </View>
  );
}
