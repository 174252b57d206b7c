import { useState } from 'react';
import type { ShiftView } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { Button, Input } from '@/components/ui';
import { local } from '@/lib/dayjs';

const hm = (iso: string) => local(iso).format('HH:mm');

export function shiftLine(s: ShiftView): string {
  if (s.status === 'cancelled') return '已取消';
  const parts: string[] = [];
  parts.push(s.checkedInAt ? `签到 ${hm(s.checkedInAt)}` : '未签到');
  if (s.checkedOutAt) parts.push(`签退 ${hm(s.checkedOutAt)}`);
  if (s.minutes !== null) parts.push(`时长 ${s.minutes} 分钟`);
  if (s.confirmedMinutes !== null) parts.push(`已确认 ${s.confirmedMinutes} 分钟`);
  return parts.join(' · ');
}

interface Props {
  shift: ShiftView;
  busy: boolean;
  onCheckIn: () => void;
  onCheckOut: () => void;
  onAdjust: (minutes: number) => void;
}

export function ShiftRow({ shift: s, busy, onCheckIn, onCheckOut, onAdjust }: Props) {
  const [editing, setEditing] = useState(false);
  const [minutes, setMinutes] = useState(String(s.minutes ?? ''));
  const n = Number(minutes);
  const valid = /^\d+$/.test(minutes) && n <= 1440;
  const open = s.status === 'signed_up' && !s.confirmedAt;
  return (
    <View className="card shift">
      <Text className="roster__name">{s.userName}</Text>
      <Text className="event-card__line">岗位：{s.roleName}</Text>
      <Text className="shift__state">{shiftLine(s)}</Text>
      {open ? (
        <View className="shift__buttons">
          {!s.checkedInAt ? (
            <Button type="primary" loading={busy} disabled={busy} onClick={onCheckIn}>
              签到
            </Button>
          ) : null}
          {s.checkedInAt && !s.checkedOutAt ? (
            <Button type="primary" loading={busy} disabled={busy} onClick={onCheckOut}>
              签退
            </Button>
          ) : null}
          <Button fill="outline" disabled={busy} onClick={() => setEditing(!editing)}>
            调整时长
          </Button>
        </View>
      ) : null}
      {open && editing ? (
        <View className="row-gap">
          <Text className="field-label">服务时长（分钟）</Text>
          <Input className="field-input" type="number" value={minutes} maxLength={4} onChange={setMinutes} />
          {!valid && minutes ? <Text className="muted">请填写 0–1440 之间的整数</Text> : null}
          <View className="row-gap">
            <Button
              type="primary"
              block
              disabled={!valid || busy}
              onClick={() => {
                onAdjust(n);
                setEditing(false);
              }}
            >
              保存时长
            </Button>
          </View>
        </View>
      ) : null}
    </View>
  );
}
