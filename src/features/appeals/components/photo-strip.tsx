import Taro from '@tarojs/taro';
import { Image, View } from '@tarojs/components';

interface Props {
  urls: string[];
  /** Shown on each photo when the list is still being edited. */
  onRemove?: (index: number) => void;
}

/** Photos as thumbnails; a tap shows them full size (WeChat's previewer, the browser's in H5). */
export function PhotoStrip({ urls, onRemove }: Props) {
  if (urls.length === 0) return null;
  return (
    <View className="ap-photos">
      {urls.map((u, i) => (
        <View key={`${u}-${i}`} className="ap-photo">
          <Image
            className="ap-photo__img"
            src={u}
            mode="aspectFill"
            aria-label={`照片 ${i + 1}`}
            // In H5 the name must be on the inner <img> itself (its alt).
            nativeProps={{ alt: `照片 ${i + 1}` }}
            onClick={() => void Taro.previewImage({ urls, current: u })}
          />
          {onRemove ? (
            <View
              className="ap-photo__remove"
              role="button"
              aria-label={`删除照片 ${i + 1}`}
              onClick={() => onRemove(i)}
            >
              ✕
            </View>
          ) : null}
        </View>
      ))}
    </View>
  );
}
