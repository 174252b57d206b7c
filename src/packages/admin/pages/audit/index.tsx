import { Text, View } from '@tarojs/components';
import { useCommunityPage } from '@/features/session';
import { useAdminStore } from '@/features/admin';
import { BackHome } from '@/components/back-home';
import { PageState } from '@/components/page-state';
import { Page } from '@/components/page';
import { formatDateTime } from '@/lib/format';

/** What each recorded action is called on this page; others show their code. */
const ACTION_LABELS: Record<string, string> = {
  'admin.grantRole': '任命身份',
  'admin.revokeRole': '撤销身份',
  'admin.createInvite': '生成邀请码',
  'admin.revokeInvite': '作废邀请码',
  'admin.setRules': '修改基金规则',
  'admin.saveEstate': '保存小区',
  'user.redeemInvite': '凭邀请码加入',
  'operator.createCommunity': '开通社区',
  'fund.requestExpense': '申请支出',
};

const short = (v: unknown) => (v == null ? '' : JSON.stringify(v).slice(0, 120));

/** 操作记录: the community's audit trail, newest first (last 100). */
export default function AdminAuditPage() {
  const s = useAdminStore();
  const session = useCommunityPage((x) => s.loadAudit(x.communityId));
  return (
    <Page className="admin-audit">
      <PageState loading={s.loading || session.status !== 'ready'} error={s.error ?? session.error} onRetry={session.retry} />
      {s.audit.map((e) => (
        <View className="card admin-row" key={e.id}>
          <Text>
            {formatDateTime(e.createdAt)} · {e.actorName} · {ACTION_LABELS[e.action] ?? e.action}
          </Text>
          {e.before ? <Text className="muted">之前：{short(e.before)}</Text> : null}
          {e.after ? <Text className="muted">之后：{short(e.after)}</Text> : null}
        </View>
      ))}
      <BackHome />
    </Page>
  );
}
