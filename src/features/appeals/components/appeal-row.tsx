import type { AppealSummary } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { formatDateTime } from '@/lib/format';
import { placeText, statusText } from './labels';

interface Props {
  appeal: AppealSummary;
  onOpen: (id: string) => void;
  /** Handlers see who asked and who owns it. */
  showPeople?: boolean;
}

/** One appeal in a list: the whole row opens it. */
export function AppealRow({ appeal: a, onOpen, showPeople }: Props) {
  return (
    <View
      className="ap-row"
      role="button"
      aria-label={`${a.categoryName} ${statusText(a)}`}
      onClick={() => onOpen(a.id)}
    >
      <View className="ap-row__head">
        <Text className="ap-row__title">{a.categoryName}</Text>
        <View>
          <Text className={`ap-status ap-status--${a.status}`}>{statusText(a)}</Text>
          {a.overdue ? <Text className="ap-overdue">已超时</Text> : null}
        </View>
      </View>
      {a.words ? (
        <Text className="ap-row__line">{a.words.length > 60 ? `${a.words.slice(0, 60)}…` : a.words}</Text>
      ) : null}
      <Text className="ap-row__line">
        {placeText(a)} · {formatDateTime(a.createdAt)}
        {a.photoCount ? ` · 照片 ${a.photoCount} 张` : ''}
      </Text>
      {showPeople ? (
        <Text className="ap-row__line">
          {a.submitterName}
          {a.gridName ? ` · ${a.gridName}` : ''} · 责任人 {a.responsibleName ?? '未定'}
        </Text>
      ) : null}
    </View>
  );
}
