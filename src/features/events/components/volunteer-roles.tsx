import type { ShiftView, VolunteerRoleView } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { Notice } from '@/components/notice';
import { Button } from '@/components/ui';
import { formatDateTime } from '@/lib/format';

export function shiftState(s: ShiftView): string {
  if (s.status === 'cancelled') return '已取消';
  if (s.confirmedMinutes !== null) return `已确认服务 ${s.confirmedMinutes} 分钟`;
  if (s.checkedOutAt) return `已签退 · 服务 ${s.minutes ?? 0} 分钟`;
  if (s.checkedInAt) return `已签到 ${formatDateTime(s.checkedInAt)}`;
  return '已报名，活动当天请向工作人员签到';
}

interface Props {
  roles: VolunteerRoleView[];
  myShift: ShiftView | null;
  isVolunteer: boolean;
  open: boolean;
  busy: boolean;
  onSignup: (roleId: string) => void;
  onCancelShift: () => void;
}

/** Volunteer posts of the event: quota and points per hour; volunteers sign up here. */
export function VolunteerRoles({ roles, myShift, isVolunteer, open, busy, onSignup, onCancelShift }: Props) {
  if (roles.length === 0) return null;
  const active = myShift && myShift.status !== 'cancelled' ? myShift : null;
  return (
    <View className="card">
      <Text className="volunteer__title">志愿岗位</Text>
      {active ? (
        <Notice tone="success" title={`您的岗位：${active.roleName}`}>
          {shiftState(active)}
        </Notice>
      ) : null}
      {roles.map((r) => {
        const full = r.taken >= r.quota;
        return (
          <View key={r.id} className="volunteer__role">
            <Text className="volunteer__name">{r.name}</Text>
            <Text className="event-detail__line">
              已报 {r.taken} / {r.quota} 人 · 每小时 {r.pointsPerHour} 积分
            </Text>
            {isVolunteer && open && !active ? (
              <View className="row-gap">
                <Button
                  type="primary"
                  block
                  disabled={full || busy}
                  loading={busy}
                  onClick={() => onSignup(r.id)}
                >
                  {full ? '岗位已满' : '报名当志愿者'}
                </Button>
              </View>
            ) : null}
          </View>
        );
      })}
      {active && !active.checkedInAt ? (
        <View className="row-gap">
          <Button block fill="outline" disabled={busy} onClick={onCancelShift}>
            取消志愿服务
          </Button>
        </View>
      ) : null}
      {!isVolunteer ? <Text className="muted">登记成为社区志愿者后，可以在这里报名志愿岗位。</Text> : null}
    </View>
  );
}
