import type { AppealDetail } from '@linli/types';
import { APPEAL_CHANNEL_LABELS, APPEAL_LIST_LABELS } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { formatDateTime } from '@/lib/format';
import { placeText, statusText } from './labels';
import { PhotoStrip } from './photo-strip';
import { Stars } from './stars';
import { Timeline } from './timeline';

/** An appeal in full: what was asked, where it stands, its deadlines, the ending, the rating, every step. */
export function AppealCard({ appeal: a, handler }: { appeal: AppealDetail; handler?: boolean }) {
  return (
    <View>
      <View className="card">
        <View className="ap-row__head">
          <Text className="ap-row__title">{a.categoryName}</Text>
          <View>
            <Text className={`ap-status ap-status--${a.status}`}>{statusText(a)}</Text>
            {a.overdue ? <Text className="ap-overdue">已超时</Text> : null}
          </View>
        </View>
        {a.words ? <Text className="ap-step__words">{a.words}</Text> : null}
        {a.voice ? (
          <Text className="ap-row__line">
            🎤 语音 {a.voice.seconds ?? ''} 秒{a.voice.transcript ? `：${a.voice.transcript}` : ''}
          </Text>
        ) : null}
        <PhotoStrip urls={a.photos.flatMap((p) => (p.url ? [p.url] : []))} />
        <Text className="ap-row__line">地点：{placeText(a)}</Text>
        <Text className="ap-row__line">
          提交：{formatDateTime(a.createdAt)} · {APPEAL_CHANNEL_LABELS[a.channel]}
          {a.recordedByName ? `（${a.recordedByName} 代为登记）` : ''}
        </Text>
        {handler ? (
          <Text className="ap-row__line">
            居民：{a.submitterName}
            {a.submitterPhone ? ` · ${a.submitterPhone}` : ''}
            {a.namePublic ? '（愿意公开姓名）' : ''}
          </Text>
        ) : null}
        <Text className="ap-row__line">
          网格：{a.gridName ?? '未划入网格'} · 责任人：{a.responsibleName ?? '待确定'}
        </Text>
        {a.status !== 'closed' ? (
          <Text className="ap-row__line">
            {a.acceptedAt
              ? `应在 ${a.finishBy ? formatDateTime(a.finishBy) : '—'} 前办结`
              : `应在 ${formatDateTime(a.acceptBy)} 前受理`}
          </Text>
        ) : (
          <Text className="ap-row__line">办结：{a.closedAt ? formatDateTime(a.closedAt) : ''}</Text>
        )}
        {a.list ? <Text className="ap-row__line">清单：{APPEAL_LIST_LABELS[a.list]}</Text> : null}
        {a.links.length ? (
          <Text className="ap-row__line">关联项目：{a.links.map((l) => l.title).join('、')}</Text>
        ) : null}
        {a.rating ? (
          <View>
            <Text className="field-label">居民评价</Text>
            <Stars value={a.rating.stars} />
            {a.rating.words ? <Text className="ap-step__words">{a.rating.words}</Text> : null}
          </View>
        ) : null}
      </View>
      <Text className="section-title">办理过程</Text>
      <View className="card">
        <Timeline entries={a.timeline} />
      </View>
    </View>
  );
}
