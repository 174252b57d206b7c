import { Text, View } from '@tarojs/components';
import { useCommunityPage, useHasRole, useSessionStore } from '@/features/session';
import { PlanTable, useImportStore } from '@/features/roster-import';
import { BackHome } from '@/components/back-home';
import { Notice } from '@/components/notice';
import { Page } from '@/components/page';
import { PageState } from '@/components/page-state';
import { Button } from '@/components/ui';

/**
 * 批量导入居民 (staff, usually at a desk PC on the H5): download the template, choose the filled sheet, read the
 * dry run, then import exactly what it showed. Importing the same sheet again changes nothing.
 */
export default function ImportPage() {
  const store = useImportStore();
  // Nothing to load: the page starts from the template. (No reset on show: WeChat's file picker hides the page.)
  const session = useCommunityPage(() => undefined);
  const communityId = useSessionStore((s) => s.communityId);
  const staff = useHasRole('staff');
  if (session.status !== 'ready' || !communityId)
    return (
      <Page>
        <PageState loading={session.status !== 'ready'} error={session.error} onRetry={session.retry} />
      </Page>
    );
  if (!staff)
    return (
      <Page>
        <Notice>只有社区工作人员可以导入居民名册。</Notice>
        <BackHome />
      </Page>
    );
  const plan = store.plan;
  return (
    <Page className="import">
      <Text className="section-title">批量导入居民</Text>
      <Text className="muted">
        用社区现有的居民名册：先下载模板，按列填好（姓名、手机号、小区、楼栋、单元、门牌号……），再选择文件预检。
        预检只看不改；确认后才导入。同一张表导入两次不会重复登记。
      </Text>
      <View className="row-gap">
        <Button
          size="large"
          block
          fill="outline"
          loading={store.busy === 'template'}
          onClick={() => void store.downloadTemplate(communityId)}
        >
          1. 下载导入模板（Excel）
        </Button>
      </View>
      <View className="row-gap">
        <Button
          size="large"
          block
          type="primary"
          loading={store.busy === 'check'}
          onClick={() => void store.chooseAndCheck(communityId)}
        >
          2. 选择填好的表格并预检
        </Button>
      </View>
      {store.error ? <Notice>{store.error}</Notice> : null}
      {store.result ? (
        <Notice tone="success" title="导入完成">
          新登记 {store.result.created} 人，新增 {store.result.householdsCreated} 户；已登记跳过{' '}
          {store.result.skipped} 人， 有问题未导入 {store.result.rejected}{' '}
          行。居民以后在小程序里填同一手机号和姓名即可认领。
        </Notice>
      ) : null}
      {plan ? (
        <View>
          <PlanTable plan={plan} filter={store.filter} onFilter={store.setFilter} />
          <View className="row-gap">
            <Button
              size="large"
              block
              type="primary"
              disabled={plan.counts.create === 0}
              loading={store.committing}
              onClick={() => void store.commit(communityId)}
            >
              {plan.counts.create === 0 ? '没有需要新登记的居民' : `3. 确认导入 ${plan.counts.create} 人`}
            </Button>
          </View>
        </View>
      ) : null}
      <BackHome />
    </Page>
  );
}
