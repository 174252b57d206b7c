import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { INVITE_ROLES, ROLE_LABELS, type InviteRole } from '@linli/types';
import { useCommunityPage, useHasRole, useSessionStore } from '@/features/session';
import { InviteCard, useAdminStore } from '@/features/admin';
import { BackHome } from '@/components/back-home';
import { Chips } from '@/components/chips';
import { Notice } from '@/components/notice';
import { Button } from '@/components/ui';
import { Page } from '@/components/page';
import { formatDateTime } from '@/lib/format';
import { ROUTES } from '@/lib/routes';

const LINKS = [
  { label: '身份任免', url: ROUTES.adminMembers },
  { label: '基金规则', url: ROUTES.adminRules },
  { label: '小区与楼栋', url: ROUTES.adminEstates },
  { label: '诉求类别与时限', url: ROUTES.staffAppealCategories },
  { label: '操作记录', url: ROUTES.adminAudit },
];

/** 社区管理: the admin's desk — invites here, everything else one tap away. */
export default function AdminPage() {
  const s = useAdminStore();
  const communityId = useSessionStore((x) => x.communityId);
  const isAdmin = useHasRole('admin');
  const ready = useSessionStore((x) => x.status === 'ready');
  const [role, setRole] = useState<InviteRole>('staff');
  useCommunityPage((x) => s.loadInvites(x.communityId));
  if (ready && !isAdmin) {
    return (
      <Page>
        <Notice title="只有社区管理员可以使用">请联系社区管理员，或由街道为本社区开通管理员。</Notice>
        <BackHome />
      </Page>
    );
  }
  return (
    <Page className="admin">
      {LINKS.map((l) => (
        <View className="row-gap" key={l.url}>
          <Button size="large" block fill="outline" onClick={() => void Taro.navigateTo({ url: l.url })}>
            {l.label}
          </Button>
        </View>
      ))}

      <Text className="section-title">邀请码</Text>
      <Text className="muted">生成一次性邀请码（7 天内有效），对方凭码加入本社区并获得身份。</Text>
      <Chips
        label="邀请的身份"
        options={INVITE_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
        value={role}
        onChange={setRole}
      />
      <Button
        size="large"
        block
        type="primary"
        loading={s.busy === 'invite'}
        onClick={() => communityId && void s.createInvite(communityId, role)}
      >
        生成{ROLE_LABELS[role]}邀请码
      </Button>
      {s.actionError ? <Notice title="没有成功">{s.actionError}</Notice> : null}
      {s.created ? <InviteCard invite={s.created} /> : null}
      {s.error ? <Notice title="没有加载成功">{s.error}</Notice> : null}
      {s.invites.map((i) => (
        <View className="card admin-row" key={i.id}>
          <Text>
            {ROLE_LABELS[i.role]} · {formatDateTime(i.createdAt)} 生成
          </Text>
          <Text className="muted">
            {i.usedAt
              ? `已由 ${i.usedByName ?? '—'} 使用`
              : i.revoked
                ? '已作废'
                : Date.parse(i.expiresAt) < Date.now()
                  ? '已过期'
                  : `未使用，${formatDateTime(i.expiresAt)} 前有效`}
          </Text>
          {!i.usedAt && !i.revoked && Date.parse(i.expiresAt) > Date.now() ? (
            <Button
              size="normal"
              fill="outline"
              loading={s.busy === i.id}
              onClick={() => communityId && void s.revokeInvite(communityId, i.id)}
            >
              作废
            </Button>
          ) : null}
        </View>
      ))}
      <BackHome />
    </Page>
  );
}
