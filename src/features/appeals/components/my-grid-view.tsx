import type { GridPerson, MyGrid } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { EmptyState } from '@/components/empty-state';
import { AppealRow } from './appeal-row';

function Person({ p }: { p: GridPerson }) {
  const where = [p.estateName, p.building, p.unit].filter(Boolean).join(' ');
  return (
    <View className="ap-row">
      <Text className="ap-row__title">
        {p.name}
        {p.birthYear ? `（${p.birthYear}年生）` : ''}
        {p.offline ? ' · 无微信' : ''}
      </Text>
      <Text className="ap-row__line">
        {where}
        {p.phone ? ` · ${p.phone}` : ''}
      </Text>
    </View>
  );
}

/** A grid worker's patch: open appeals first (the work), then buildings, elders and households. */
export function MyGridView({ data, onOpen }: { data: MyGrid; onOpen: (id: string) => void }) {
  return (
    <View>
      <Text className="section-title">待办诉求（{data.openAppeals.length}）</Text>
      {data.openAppeals.length === 0 ? <EmptyState text="没有待办的诉求" /> : null}
      {data.openAppeals.map((a) => (
        <AppealRow key={a.id} appeal={a} onOpen={onOpen} showPeople />
      ))}

      <Text className="section-title">我的网格</Text>
      {data.grids.map((g) => (
        <View key={g.id} className="card">
          <Text className="ap-row__title">{g.name}</Text>
          <Text className="ap-row__line">
            楼栋：{g.buildings.map((b) => `${b.estateName}${b.building}`).join('、') || '还没有'}
          </Text>
          <Text className="ap-row__line">
            住户 {g.households} 户 · 未办结诉求 {g.openAppeals} 件 · 网格员{' '}
            {g.workers.map((w) => w.name).join('、')}
          </Text>
        </View>
      ))}

      <Text className="section-title">我代报名的老人（{data.proxyElders.length}）</Text>
      {data.proxyElders.map((p) => (
        <Person key={p.userId} p={p} />
      ))}

      <Text className="section-title">网格里的居民（{data.people.length}）</Text>
      {data.people.map((p) => (
        <Person key={p.userId} p={p} />
      ))}
    </View>
  );
}
