import { Text, View } from '@tarojs/components';
import { useCommunityPage, useSessionStore } from '@/features/session';
import { ItemForm, useEditorStore } from '@/features/shop';
import { BackHome } from '@/components/back-home';
import { EmptyState } from '@/components/empty-state';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { Button } from '@/components/ui';
import { formatFen } from '@/lib/format';
import './index.css';
import { Page } from '@/components/page';

export default function ItemEditorPage() {
  const store = useEditorStore();
  const session = useCommunityPage((s) => store.load(s.communityId));
  const communityId = useSessionStore((s) => s.communityId);

  if (store.editing) {
    return (
      <Page className="shop-editor">
        <ItemForm
          fields={store.fields}
          saving={store.saving}
          error={store.saveError}
          query={store.query}
          people={store.people}
          searching={store.searching}
          onChange={store.set}
          onQuery={store.setQuery}
          onSearch={() => communityId && void store.searchMerchant(communityId)}
          onSave={() => communityId && void store.save(communityId)}
          onCancel={store.cancelEdit}
        />
        <BackHome />
      </Page>
    );
  }

  return (
    <Page className="shop-editor">
      <Button block size="large" type="primary" onClick={store.startNew}>
        新增商品
      </Button>
      {store.saveDone ? <Notice tone="success">{store.saveDone}</Notice> : null}
      <Text className="section-title">全部商品</Text>
      <PageState
        loading={!store.loaded && (store.loading || session.status !== 'ready')}
        error={store.error ?? session.error}
        onRetry={session.retry}
      />
      {store.loaded && store.items.length === 0 ? (
        <EmptyState text="还没有商品" actionText="新增商品" onAction={store.startNew} />
      ) : (
        store.items.map((item) => (
          <View key={item.id} className={item.active ? 'card' : 'card shop-item--inactive'}>
            <View className="split-row">
              <Text className="shop-row__title">{item.title}</Text>
              <Text className={item.active ? 'badge badge--done' : 'badge badge--off'}>
                {item.active ? '已上架' : '已下架'}
              </Text>
            </View>
            <Text className="shop-item__line">商家：{item.merchantName}</Text>
            <Text className="shop-item__line">
              {item.pointsPrice} 分 · 基金成本 {formatFen(item.costFen)} · 库存 {item.stock}
            </Text>
            <View className="row-gap">
              <Button size="large" block fill="outline" onClick={() => store.startEdit(item)}>
                修改 {item.title}
              </Button>
            </View>
          </View>
        ))
      )}
      <BackHome />
    </Page>
  );
}
