import { useState } from 'react';
import { Text } from '@tarojs/components';
import { ROLE_LABELS, type AdminMember, type GrantedRole } from '@linli/types';
import { useCommunityPage, useSessionStore } from '@/features/session';
import { MemberRow, useAdminStore } from '@/features/admin';
import { BackHome } from '@/components/back-home';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { TextField } from '@/components/text-field';
import { Button } from '@/components/ui';
import { Page } from '@/components/page';
import { confirm } from '@/lib/confirm';

/** 身份任免: find a member by name or phone, grant or revoke any role; each change is recorded and told to them. */
export default function AdminMembersPage() {
  const s = useAdminStore();
  const { communityId, me, setMe } = useSessionStore();
  const [search, setSearch] = useState('');
  const session = useCommunityPage((x) => s.searchMembers(x.communityId, ''));
  const change = async (m: AdminMember, role: GrantedRole, grant: boolean) => {
    if (!communityId) return;
    const self = m.userId === me?.userId;
    const ok = await confirm(
      grant ? '任命身份' : '撤销身份',
      grant
        ? `确定任命 ${m.name} 为${ROLE_LABELS[role]}吗？对方会收到通知。`
        : `确定撤销 ${m.name} 的“${ROLE_LABELS[role]}”身份吗？${self ? '这是您自己的身份。' : '对方会收到通知。'}`,
      grant ? '确定任命' : '确定撤销',
    );
    if (!ok) return;
    const done = await s.changeRole(communityId, m.userId, role, grant);
    // My own roles changed: the session learns them (menus follow).
    if (done && self) {
      const fresh = await useSessionStore.getState().ensure({ force: true });
      if (fresh) setMe(fresh.me);
    }
  };
  return (
    <Page className="admin-members">
      <TextField label="查找居民（姓名或手机号）" value={search} onChange={setSearch} maxLength={20} placeholder="例如 张 或 1380000" />
      <Button size="large" block type="primary" onClick={() => communityId && void s.searchMembers(communityId, search.trim())}>
        查找
      </Button>
      <Text className="muted">不输入直接查找：列出已有身份的人。点亮的身份表示已有，点一下撤销；灰色的点一下任命。</Text>
      {s.done ? <Notice tone="success">{s.done}</Notice> : null}
      {s.actionError ? <Notice title="没有成功">{s.actionError}</Notice> : null}
      {s.members.map((m) => (
        <MemberRow key={m.userId} member={m} busy={s.busy === m.userId} onChange={(role, grant) => void change(m, role, grant)} />
      ))}
      <PageState loading={s.loading || session.status !== 'ready'} error={s.error ?? session.error} onRetry={session.retry} />
      {!s.loading && !s.error && session.status === 'ready' && !s.members.length ? (
        <Text className="muted">没有找到符合的居民。</Text>
      ) : null}
      <BackHome />
    </Page>
  );
}
