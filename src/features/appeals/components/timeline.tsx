import type { AppealEntryView } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { formatDateTime } from '@/lib/format';
import { entryText } from './labels';
import { PhotoStrip } from './photo-strip';

/** The append-only record, oldest first: who did what, when, with their words and photos. */
export function Timeline({ entries }: { entries: AppealEntryView[] }) {
  return (
    <View className="ap-timeline" aria-label="办理过程">
      {entries.map((e) => (
        <View key={e.id} className="ap-step">
          <Text className="ap-step__what">{entryText(e)}</Text>
          <Text className="ap-step__who">
            {e.actorName} · {formatDateTime(e.at)}
          </Text>
          {e.words ? <Text className="ap-step__words">{e.words}</Text> : null}
          <PhotoStrip urls={e.photos.flatMap((p) => (p.url ? [p.url] : []))} />
        </View>
      ))}
    </View>
  );
}
