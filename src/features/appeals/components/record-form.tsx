import { Text, Textarea, View } from '@tarojs/components';
import {
  APPEAL_CHANNELS,
  APPEAL_CHANNEL_LABELS,
  type AppealCategoryView,
  type EstateBrief,
} from '@linli/types';
import { Chips } from '@/components/chips';
import { Notice } from '@/components/notice';
import { Button, Input } from '@/components/ui';
import type { RecordDraft } from '../stores/record-store';
import { SwitchRow } from './name-switch';
import { PhotoStrip } from './photo-strip';
import { BuildingChips, CategoryChips } from './place-chips';
import { usePhotos } from './use-photos';

interface Props {
  communityId: string;
  categories: AppealCategoryView[];
  estates: EstateBrief[];
  draft: RecordDraft;
  saving: boolean;
  error: string | null;
  onField: <K extends keyof RecordDraft>(k: K, v: RecordDraft[K]) => void;
  onSave: () => void;
}

export function RecordForm(p: Props) {
  const { draft: d } = p;
  const photos = usePhotos(p.communityId);
  const syncPhotos = (ids: string[]) => p.onField('photos', ids);
  return (
    <View className="card">
      <Text className="field-label">1. 怎么来的</Text>
      <Chips
        label="来源"
        value={d.channel}
        onChange={(v) => p.onField('channel', v)}
        options={APPEAL_CHANNELS.map((c) => ({ value: c, label: APPEAL_CHANNEL_LABELS[c] }))}
      />
      <Text className="field-label">2. 居民姓名</Text>
      <Input
        className="field-input"
        value={d.name}
        maxLength={20}
        placeholder="例如 王桂兰"
        onChange={(v) => p.onField('name', v)}
      />
      <Text className="field-label">手机号（选填）</Text>
      <Input
        className="field-input"
        type="number"
        value={d.phone}
        maxLength={11}
        placeholder="没有可不填"
        onChange={(v) => p.onField('phone', v)}
      />
      <Text className="field-label">3. 小区和楼栋</Text>
      <BuildingChips
        estates={p.estates}
        estateId={d.estateId}
        building={d.building}
        onEstate={(v) => p.onField('estateId', v)}
        onBuilding={(_, b) => p.onField('building', b)}
      />
      <Input
        className="field-input"
        value={d.unit}
        maxLength={20}
        placeholder="单元，例如 1单元"
        onChange={(v) => p.onField('unit', v)}
      />
      <Text className="field-label">4. 类别</Text>
      <CategoryChips
        categories={p.categories}
        value={d.categoryId}
        onChange={(v) => p.onField('categoryId', v)}
      />
      <Text className="field-label">5. 居民反映的情况</Text>
      <Textarea
        className="ap-textarea"
        value={d.words}
        maxlength={1000}
        placeholder="照居民的话记下来"
        onInput={(e) => p.onField('words', e.detail.value)}
      />
      <PhotoStrip urls={photos.photos.map((x) => x.url)} onRemove={photos.remove} />
      <View className="row-gap">
        <Button size="large" block fill="outline" loading={photos.uploading} onClick={photos.add}>
          添加照片
        </Button>
      </View>
      <SwitchRow label="居民愿意公开姓名" on={d.namePublic} onChange={(v) => p.onField('namePublic', v)} />
      {p.error || photos.error ? <Notice title="还不能登记">{p.error ?? photos.error ?? ''}</Notice> : null}
      <View className="row-gap">
        <Button
          type="primary"
          size="large"
          block
          loading={p.saving}
          onClick={() => {
            // The photos live in this form until saving; the store sends what is here now.
            if (photos.ids.join() !== d.photos.join()) syncPhotos(photos.ids);
            p.onSave();
          }}
        >
          登记诉求
        </Button>
      </View>
    </View>
  );
}
