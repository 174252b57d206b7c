import { Text } from '@tarojs/components';
import { useCommunityPage, useSessionStore } from '@/features/session';
import { CategoryEditor, useAppealSettingsStore } from '@/features/appeals';
import { BackHome } from '@/components/back-home';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { Page } from '@/components/page';

/** Staff set each category's deadlines; new deadlines apply to appeals submitted from now on. */
export default function AppealCategoriesPage() {
  const s = useAppealSettingsStore();
  const communityId = useSessionStore((x) => x.communityId);
  const session = useCommunityPage((x) => s.loadCategories(x.communityId));
  return (
    <Page className="appeal-categories">
      <Text className="section-title">诉求类别与办理时限</Text>
      <Text className="muted">默认 1 个工作日内受理、7 天内办结。改动只对之后提交的诉求生效。</Text>
      {s.done ? <Notice tone="success">{s.done}</Notice> : null}
      {s.error ? <Notice title="没有保存">{s.error}</Notice> : null}
      {s.categories.map((c) => (
        <CategoryEditor
          key={`${c.id}-${c.name}-${c.acceptWorkingDays}-${c.finishDays}`}
          category={c}
          saving={s.saving === `category:${c.id}`}
          onSave={(f) => communityId && void s.saveCategory(communityId, f)}
        />
      ))}
      {s.categories.length ? (
        <>
          <Text className="section-title">新增类别</Text>
          <CategoryEditor
            key={`new-${s.categories.length}`}
            category={null}
            saving={s.saving === 'category:new'}
            onSave={(f) => communityId && void s.saveCategory(communityId, f)}
          />
        </>
      ) : (
        <PageState
          loading={s.loading || session.status !== 'ready'}
          error={s.error ?? session.error}
          onRetry={session.retry}
        />
      )}
      <BackHome />
    </Page>
  );
}
