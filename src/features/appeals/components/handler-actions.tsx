import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import { APPEAL_ENDINGS, APPEAL_ENDING_LABELS, type AppealDetail, type AppealEnding } from '@linli/types';
import { Chips } from '@/components/chips';
import { Notice } from '@/components/notice';
import { Button, Input } from '@/components/ui';
import { PhotoStrip } from './photo-strip';
import { usePhotos } from './use-photos';

export interface HandlerCalls {
  accept: () => void;
  progress: (words: string, photos: string[]) => Promise<boolean>;
  close: (ending: AppealEnding, words: string, photos: string[], duplicateOf?: string) => Promise<boolean>;
}

const ENDING_HINT: Record<AppealEnding, string> = {
  resolved: '做了什么（可附照片）',
  explained: '为什么现在办不了，向居民说明',
  refused: '不受理的原因',
};

/** What a grid worker (or staff) does with an appeal: 受理, 添加进展, 办结 with one of three endings. */
export function HandlerActions({
  appeal: a,
  acting,
  calls,
}: {
  appeal: AppealDetail;
  acting: string | null;
  calls: HandlerCalls;
}) {
  const [words, setWords] = useState('');
  const [ending, setEnding] = useState<AppealEnding | null>(null);
  const [closing, setClosing] = useState('');
  const [dup, setDup] = useState('');
  const progressPhotos = usePhotos(a.communityId);
  const closePhotos = usePhotos(a.communityId);
  if (!a.can.accept && !a.can.progress && !a.can.close) return null;
  return (
    <View className="card ap-actions">
      {a.can.accept ? (
        <Button type="primary" size="large" block loading={acting === 'accept'} onClick={calls.accept}>
          受理这条诉求
        </Button>
      ) : null}
      {a.can.progress ? (
        <View>
          <Text className="field-label">添加办理进展</Text>
          <Textarea
            className="ap-textarea"
            value={words}
            maxlength={1000}
            placeholder="例如：已联系物业，明天上午来修"
            onInput={(e) => setWords(e.detail.value)}
          />
          <PhotoStrip urls={progressPhotos.photos.map((p) => p.url)} onRemove={progressPhotos.remove} />
          <View className="row-gap">
            <Button
              size="large"
              block
              fill="outline"
              loading={progressPhotos.uploading}
              onClick={progressPhotos.add}
            >
              添加照片
            </Button>
          </View>
          <View className="row-gap">
            <Button
              size="large"
              block
              type="primary"
              fill="outline"
              disabled={!words.trim()}
              loading={acting === 'progress'}
              onClick={() =>
                void calls.progress(words.trim(), progressPhotos.ids).then((ok) => {
                  if (ok) {
                    setWords('');
                    progressPhotos.clear();
                  }
                })
              }
            >
              记下进展
            </Button>
          </View>
        </View>
      ) : null}
      {a.can.close ? (
        <View>
          <Text className="field-label">办结</Text>
          <Chips
            label="办结方式"
            value={ending}
            onChange={setEnding}
            options={APPEAL_ENDINGS.map((e) => ({ value: e, label: APPEAL_ENDING_LABELS[e] }))}
          />
          {ending ? (
            <View>
              <Textarea
                className="ap-textarea"
                value={closing}
                maxlength={1000}
                placeholder={ENDING_HINT[ending]}
                onInput={(e) => setClosing(e.detail.value)}
              />
              {ending === 'resolved' ? (
                <>
                  <PhotoStrip urls={closePhotos.photos.map((p) => p.url)} onRemove={closePhotos.remove} />
                  <View className="row-gap">
                    <Button
                      size="large"
                      block
                      fill="outline"
                      loading={closePhotos.uploading}
                      onClick={closePhotos.add}
                    >
                      添加办好后的照片
                    </Button>
                  </View>
                </>
              ) : null}
              {ending === 'refused' ? (
                <>
                  <Text className="field-label">与哪条诉求重复（选填，填编号）</Text>
                  <Input className="field-input" value={dup} placeholder="重复诉求的编号" onChange={setDup} />
                </>
              ) : null}
              <View className="row-gap">
                <Button
                  type="primary"
                  size="large"
                  block
                  disabled={!closing.trim()}
                  loading={acting === 'close'}
                  onClick={() =>
                    void calls.close(
                      ending,
                      closing.trim(),
                      ending === 'resolved' ? closePhotos.ids : [],
                      ending === 'refused' && dup.trim() ? dup.trim() : undefined,
                    )
                  }
                >
                  确认办结：{APPEAL_ENDING_LABELS[ending]}
                </Button>
              </View>
            </View>
          ) : null}
        </View>
      ) : null}
      {progressPhotos.error || closePhotos.error ? (
        <Notice title="照片没有传上">{progressPhotos.error ?? closePhotos.error ?? ''}</Notice>
      ) : null}
    </View>
  );
}
