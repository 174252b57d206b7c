import { Text, Textarea, View } from '@tarojs/components';
import type { AppealCategoryView, EstateBrief } from '@linli/types';
import { Notice } from '@/components/notice';
import { Button } from '@/components/ui';
import { MAX_PHOTOS, type AppealDraft } from '../stores/new-appeal-store';
import { PhotoStrip } from './photo-strip';
import { BuildingChips, CategoryChips } from './place-chips';
import { SwitchRow } from './name-switch';
import { VoiceButton } from './voice-button';

interface Props {
  categories: AppealCategoryView[];
  draft: AppealDraft;
  /** "锦绣苑 3栋": the person's own building, or null when we do not know it. */
  home: string | null;
  estates: EstateBrief[];
  uploading: boolean;
  submitting: boolean;
  error: string | null;
  onField: <K extends keyof AppealDraft>(key: K, value: AppealDraft[K]) => void;
  onAddPhotos: () => void;
  onRemovePhoto: (i: number) => void;
  onVoice: (path: string | Blob, seconds: number) => void;
  onError: (message: string) => void;
  onOtherPlace: () => void;
  onSubmit: () => void;
}

/**
 * The fewest taps first: 类别 → 添加照片 → 提交. Words, voice, place and the name switch are there for
 * whoever wants them, and all have a sensible default.
 */
export function AppealForm(p: Props) {
  const { draft } = p;
  const estate = p.estates.find((e) => e.id === draft.place?.estateId) ?? null;
  const placeText = draft.place ? `${estate?.name ?? ''} ${draft.place.building}` : p.home;
  return (
    <View className="card ap-form">
      <Text className="field-label">什么事？（选一个）</Text>
      <CategoryChips
        categories={p.categories}
        value={draft.categoryId}
        onChange={(v) => p.onField('categoryId', v)}
      />

      <Text className="field-label">拍张照片（最多 {MAX_PHOTOS} 张）</Text>
      <PhotoStrip urls={draft.photos.map((ph) => ph.url)} onRemove={p.onRemovePhoto} />
      {draft.photos.length < MAX_PHOTOS ? (
        <Button block size="large" fill="outline" loading={p.uploading} onClick={p.onAddPhotos}>
          {p.uploading ? '正在上传…' : draft.photos.length ? '再添加照片' : '📷 添加照片'}
        </Button>
      ) : null}

      <Text className="field-label">说几句（可以不写）</Text>
      <Textarea
        className="ap-textarea"
        value={draft.words}
        maxlength={1000}
        placeholder="例如：3栋2单元楼道的灯坏了一个星期"
        onInput={(e) => p.onField('words', e.detail.value)}
      />
      <VoiceButton
        seconds={draft.voice?.seconds ?? null}
        busy={p.uploading}
        onRecorded={p.onVoice}
        onRemove={() => p.onField('voice', null)}
        onError={p.onError}
      />

      <Text className="field-label">地点</Text>
      {placeText ? (
        <Text className="ap-place">
          {placeText}
          {draft.place ? '' : '（您住的楼）'}
        </Text>
      ) : null}
      {p.estates.length ? (
        <BuildingChips
          estates={p.estates}
          estateId={draft.place?.estateId ?? null}
          building={draft.place?.building ?? null}
          onEstate={(v) => p.onField('place', { estateId: v, building: '' })}
          onBuilding={(estateId, building) => p.onField('place', { estateId, building })}
        />
      ) : (
        <Button size="small" fill="outline" onClick={p.onOtherPlace}>
          {placeText ? '不是这里？换一个地方' : '选择小区和楼栋'}
        </Button>
      )}

      <SwitchRow
        label="愿意公开我的姓名"
        on={draft.namePublic}
        onChange={(v) => p.onField('namePublic', v)}
      />
      <Text className="muted">不公开时，月度公示里只显示“张*英”这样的姓名。</Text>

      {p.error ? <Notice title="还不能提交">{p.error}</Notice> : null}
      <View className="row-gap">
        <Button type="primary" size="large" block loading={p.submitting} onClick={p.onSubmit}>
          {p.submitting ? '正在提交…' : '提交'}
        </Button>
      </View>
    </View>
  );
}
