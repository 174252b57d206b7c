import type { VolunteerApplicationView } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { Button, Input } from '@/components/ui';
import { formatDateTime } from '@/lib/format';
import { ApplicationBadge } from './application-state';

interface Props {
  app: VolunteerApplicationView;
  note: string;
  busy: boolean;
  onNote: (v: string) => void;
  onReview: (approve: boolean) => void;
}

export function ApplicationRow({ app, note, busy, onNote, onReview }: Props) {
  return (
    <View className="card">
      <View className="split-row">
        <Text className="pts-name">{app.realName}</Text>
        <ApplicationBadge status={app.status} />
      </View>
      <Text className="pts-text">手机号：{app.phoneMasked}</Text>
      <Text className="pts-text">申请时间：{formatDateTime(app.createdAt)}</Text>
      {app.note ? <Text className="pts-text">审核意见：{app.note}</Text> : null}
      {app.status === 'pending' ? (
        <>
          <Text className="field-label">审核意见（可不填，驳回时请写明原因）</Text>
          <Input
            className="field-input"
            value={note}
            maxLength={100}
            placeholder="例如：请补充身份信息"
            onChange={onNote}
          />
          <View className="button-row">
            <Button type="primary" size="large" loading={busy} disabled={busy} onClick={() => onReview(true)}>
              通过 {app.realName}
            </Button>
            <Button size="large" fill="outline" disabled={busy} onClick={() => onReview(false)}>
              驳回
            </Button>
          </View>
        </>
      ) : null}
    </View>
  );
}
