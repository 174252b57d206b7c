import { useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { FilePurpose, UploadedFile } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import { chooseAndUpload, fileUrl, PickCancelled } from '@/lib/upload';
import { Notice } from './notice';
import './photo-picker.css';

interface Props {
  communityId: string;
  purpose: FilePurpose;
  /** Most photos allowed (6 for an appeal). */
  max: number;
  value: UploadedFile[];
  onChange: (files: UploadedFile[]) => void;
  /** Label of the add tile; 拍照或选照片 by default. */
  addText?: string;
}

/**
 * Photos for a form: large thumbnails, a 删除 under each, and one big add tile until `max`. Photos
 * upload as soon as they are chosen (location removed by the server), so the form only sends ids.
 */
export function PhotoPicker({ communityId, purpose, max, value, onChange, addText = '拍照或选照片' }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const left = max - value.length;

  async function add() {
    if (busy || left <= 0) return;
    setBusy(true);
    setError('');
    try {
      const added = await chooseAndUpload({
        communityId,
        purpose,
        count: left,
        onError: (e) => setError(e.message),
      });
      if (added.length) onChange([...value, ...added].slice(0, max));
    } catch (e) {
      if (!(e instanceof PickCancelled)) setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  function preview(index: number) {
    void Taro.previewImage({ current: fileUrl(value[index].url), urls: value.map((f) => fileUrl(f.url)) });
  }

  return (
    <View className="photo-picker">
      <View className="photo-picker__grid">
        {value.map((f, i) => (
          <View key={f.fileId} className="photo-picker__item">
            <Image
              className="photo-picker__thumb"
              src={fileUrl(f.url)}
              mode="aspectFill"
              ariaLabel={`第 ${i + 1} 张照片`}
              onClick={() => preview(i)}
            />
            <View
              className="photo-picker__remove"
              role="button"
              ariaLabel={`删除第 ${i + 1} 张照片`}
              onClick={() => onChange(value.filter((x) => x.fileId !== f.fileId))}
            >
              <Text>删除</Text>
            </View>
          </View>
        ))}
        {left > 0 ? (
          <View
            className={`photo-picker__add${busy ? ' photo-picker__add--busy' : ''}`}
            role="button"
            ariaLabel={addText}
            onClick={() => void add()}
          >
            <Text className="photo-picker__plus">{busy ? '…' : '+'}</Text>
            <Text className="photo-picker__add-text">{busy ? '正在上传' : addText}</Text>
          </View>
        ) : null}
      </View>
      <Text className="photo-picker__hint">
        已选 {value.length} 张，最多 {max} 张
      </Text>
      {error ? <Notice>{error}</Notice> : null}
    </View>
  );
}
