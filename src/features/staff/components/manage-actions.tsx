import { useState } from 'react';
import type { AttendanceResult, EventDetail } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { Notice } from '@/components/notice';
import { Button, Input } from '@/components/ui';
import { STATUS_LABELS } from './status-label';

interface Props {
  detail: EventDetail;
  busy: boolean;
  attendance: AttendanceResult | null;
  onPublish: () => void;
  onCancel: (reason: string) => void;
  onFinish: () => void;
  onRoster: () => void;
  onShifts: () => void;
  onConfirmAttendance: () => void;
  onExport: () => void;
}

export function attendanceText(a: AttendanceResult): string {
  const head = a.alreadyConfirmed ? '出席此前已确认。' : '出席已确认。';
  return `${head}出席 ${a.attended} 人，缺席 ${a.absent} 人，志愿服务 ${a.volunteerShifts} 人次，发放积分 ${a.pointsAwarded} 分。`;
}

/** What staff can do with the event in its current state. */
export function ManageActions(p: Props) {
  const { detail, busy } = p;
  const [reason, setReason] = useState('');
  const [cancelling, setCancelling] = useState(false);
  const live = detail.status === 'published';
  return (
    <View className="card manage-actions">
      <Text className="manage__status">状态：{STATUS_LABELS[detail.status]}</Text>
      {detail.cancelReason ? <Text className="muted">取消原因：{detail.cancelReason}</Text> : null}
      {detail.status === 'draft' ? (
        <Button type="primary" size="large" block disabled={busy} onClick={p.onPublish}>
          发布活动
        </Button>
      ) : null}
      {detail.status !== 'draft' ? (
        <View className="row-gap">
          <Button type="primary" size="large" block onClick={p.onRoster}>
            报名名单与签到
          </Button>
        </View>
      ) : null}
      {detail.volunteerRoles.length ? (
        <View className="row-gap">
          <Button size="large" block fill="outline" onClick={p.onShifts}>
            志愿者签到签退
          </Button>
        </View>
      ) : null}
      {live || detail.status === 'finished' ? (
        <View className="row-gap">
          <Button size="large" block fill="outline" disabled={busy} onClick={p.onConfirmAttendance}>
            确认出席（发放积分）
          </Button>
        </View>
      ) : null}
      {p.attendance ? <Notice tone="success">{attendanceText(p.attendance)}</Notice> : null}
      <View className="row-gap">
        <Button size="large" block fill="outline" disabled={busy} onClick={p.onExport}>
          导出名单
        </Button>
      </View>
      {live ? (
        <View className="row-gap">
          <Button size="large" block fill="outline" disabled={busy} onClick={p.onFinish}>
            结束活动
          </Button>
        </View>
      ) : null}
      {live || detail.status === 'draft' ? (
        cancelling ? (
          <View className="row-gap">
            <Text className="field-label">取消原因（会告诉已报名的居民）</Text>
            <Input
              className="field-input"
              value={reason}
              maxLength={200}
              placeholder="例如 因天气原因延期"
              onChange={setReason}
            />
            <View className="row-gap">
              <Button
                type="primary"
                block
                disabled={busy || !reason.trim()}
                onClick={() => p.onCancel(reason.trim())}
              >
                确认取消活动
              </Button>
            </View>
            <View className="row-gap">
              <Button block fill="outline" onClick={() => setCancelling(false)}>
                不取消了
              </Button>
            </View>
          </View>
        ) : (
          <View className="row-gap">
            <Button size="large" block fill="outline" onClick={() => setCancelling(true)}>
              取消活动
            </Button>
          </View>
        )
      ) : null}
    </View>
  );
}
