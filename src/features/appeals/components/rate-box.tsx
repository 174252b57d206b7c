import { useState, type ReactNode } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import { Button } from '@/components/ui';
import { Stars } from './stars';

interface Props {
  canRate: boolean;
  canReopen: boolean;
  acting: string | null;
  onRate: (stars: number, words: string) => void;
  onReopen: (words: string) => void;
}

/** A few words (up to 500) and the big button that sends them. */
function WordsAndSend(p: {
  value: string;
  placeholder: string;
  onInput: (v: string) => void;
  disabled: boolean;
  loading: boolean;
  onSend: () => void;
  children: ReactNode;
}) {
  return (
    <>
      <Textarea
        className="ap-textarea"
        value={p.value}
        maxlength={500}
        placeholder={p.placeholder}
        onInput={(e) => p.onInput(e.detail.value)}
      />
      <View className="row-gap">
        <Button
          type="primary"
          size="large"
          block
          disabled={p.disabled}
          loading={p.loading}
          onClick={p.onSend}
        >
          {p.children}
        </Button>
      </View>
    </>
  );
}

/** After the ending: 事后综合评价 (1–5 and words) and, if unhappy, 重新办理 once within 7 days. */
export function RateBox({ canRate, canReopen, acting, onRate, onReopen }: Props) {
  const [stars, setStars] = useState(0);
  const [words, setWords] = useState('');
  const [why, setWhy] = useState('');
  const [reopening, setReopening] = useState(false);
  if (!canRate && !canReopen) return null;
  return (
    <View className="card ap-rate">
      {canRate ? (
        <View>
          <Text className="section-title">办得怎么样？请您评价</Text>
          <Stars value={stars} onChange={setStars} />
          <WordsAndSend
            value={words}
            placeholder="想说的话（可以不写）"
            onInput={setWords}
            disabled={stars === 0}
            loading={acting === 'rate'}
            onSend={() => onRate(stars, words.trim())}
          >
            {stars === 0 ? '先点星星打分' : `提交评价（${stars} 星）`}
          </WordsAndSend>
        </View>
      ) : null}
      {canReopen ? (
        reopening ? (
          <View>
            <Text className="field-label">哪里还没办好？</Text>
            <WordsAndSend
              value={why}
              placeholder="例如：灯修好两天又不亮了"
              onInput={setWhy}
              disabled={!why.trim()}
              loading={acting === 'reopen'}
              onSend={() => onReopen(why.trim())}
            >
              请社区重新办理
            </WordsAndSend>
          </View>
        ) : (
          <View className="row-gap">
            <Text className="muted">不满意可以请社区重新办理一次（办结后 7 天内）。</Text>
            <Button size="large" block fill="outline" onClick={() => setReopening(true)}>
              不满意，重新办理
            </Button>
          </View>
        )
      ) : null}
    </View>
  );
}
