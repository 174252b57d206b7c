import type { ApplicationStatus, VolunteerApplicationView } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { formatDateTime } from '@/lib/format';

export const APPLICATION_LABELS: Record<ApplicationStatus, string> = {
  pending: '审核中',
  approved: '已通过',
  rejected: '未通过',
};

/** The badge's tone (src/app.css): amber waiting, green done, grey no. */
const TONES: Record<ApplicationStatus, string> = { pending: 'wait', approved: 'done', rejected: 'off' };

export function ApplicationBadge({ status }: { status: ApplicationStatus }) {
  return <Text className={`badge badge--${TONES[status]}`}>{APPLICATION_LABELS[status]}</Text>;
}

/** The person's own application and what happens next. */
export function ApplicationState({ app }: { app: VolunteerApplicationView }) {
  return (
    <View className="card">
      <View className="split-row">
        <Text className="pts-name">{app.realName}</Text>
        <ApplicationBadge status={app.status} />
      </View>
      <Text className="pts-text">手机号：{app.phoneMasked}</Text>
      <Text className="pts-text">提交时间：{formatDateTime(app.createdAt)}</Text>
      {app.reviewedAt ? <Text className="pts-text">审核时间：{formatDateTime(app.reviewedAt)}</Text> : null}
      {app.note ? <Text className="pts-text">审核意见：{app.note}</Text> : null}
      <Text className="pts-next">
        {app.status === 'pending'
          ? '社区工作人员会尽快审核，请耐心等待。'
          : app.status === 'approved'
            ? '您已是认证志愿者，可以在活动详情里报名志愿岗位。'
            : '如有疑问请联系社区工作人员，也可以修改后重新申请。'}
      </Text>
    </View>
  );
}
