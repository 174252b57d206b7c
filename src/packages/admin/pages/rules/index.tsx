import { Text, View } from '@tarojs/components';
import type { FundRules } from '@linli/types';
import { useCommunityPage, useSessionStore } from '@/features/session';
import { RulesForm, useAdminStore } from '@/features/admin';
import { BackHome } from '@/components/back-home';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { Page } from '@/components/page';
import { confirm } from '@/lib/confirm';
import { formatDateTime, formatFen } from '@/lib/format';

const describe = (r: FundRules) =>
  `支出满 ${formatFen(r.approvalThresholdFen)} 需 ${r.approvalsRequired} 人审批 · 1 积分 = ${formatFen(r.pointValueFen)} · 每小时 ${r.pointsPerHour} 积分`;

/** 基金规则: a change is a new version from now on; what was requested before keeps its rules. */
export default function AdminRulesPage() {
  const s = useAdminStore();
  const communityId = useSessionStore((x) => x.communityId);
  const session = useCommunityPage((x) => s.loadRules(x.communityId));
  const save = async (r: FundRules) => {
    if (!communityId) return;
    const ok = await confirm('修改基金规则', `新规则：${describe(r)}。从现在起生效，已提交的申请仍按原规则办理。`, '确定修改');
    if (ok) await s.saveRules({ communityId, ...r });
  };
  return (
    <Page className="admin-rules">
      <Text className="section-title">现行规则</Text>
      {s.rules ? <Text className="admin-stat">{describe(s.rules.current)}</Text> : null}
      {s.done ? <Notice tone="success">{s.done}</Notice> : null}
      {s.actionError ? <Notice title="没有保存">{s.actionError}</Notice> : null}
      {s.rules ? (
        <RulesForm
          key={JSON.stringify(s.rules.current)}
          rules={s.rules.current}
          saving={s.busy === 'rules'}
          onSave={(r) => void save(r)}
        />
      ) : (
        <PageState loading={s.loading || session.status !== 'ready'} error={s.error ?? session.error} onRetry={session.retry} />
      )}
      <Text className="section-title">修改记录</Text>
      {s.rules && !s.rules.history.length ? <Text className="muted">还没有改过，使用社区开通时的规则。</Text> : null}
      {s.rules?.history.map((v) => (
        <View className="card admin-row" key={v.effectiveFrom}>
          <Text>{describe(v)}</Text>
          <Text className="muted">
            {formatDateTime(v.effectiveFrom)} 起生效 · {v.setByName} 修改
          </Text>
        </View>
      ))}
      <BackHome />
    </Page>
  );
}
