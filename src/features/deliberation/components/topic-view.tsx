import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import type { TopicDetail, TopicResult } from '@linli/types';
import { formatDateTime, formatFen } from '@/lib/format';
import { fileUrl } from '@/lib/upload';

const when = formatDateTime;

/** Photos full width; a tap opens them large (WeChat's previewer, the browser's in H5). */
function Photos({ photos }: { photos: TopicDetail['photos'] }) {
  const urls = photos.flatMap((p) => (p.url ? [fileUrl(p.url)] : []));
  return (
    <>
      {urls.map((u, i) => (
        <Image
          key={`${i}-${u}`}
          className="topic__photo"
          src={u}
          mode="widthFix"
          ariaLabel={`照片 ${i + 1}，点开看大图`}
          onClick={() => void Taro.previewImage({ urls, current: u })}
        />
      ))}
    </>
  );
}
const pct = (n: number, of: number) => (of > 0 ? Math.round((n * 100) / of) : 0);

/** 已投 12 / 40 户 (30%) — the only number shown while the vote runs. */
export function Turnout({ topic }: { topic: Pick<TopicDetail, 'turnout' | 'kind'> }) {
  const unit = topic.kind === 'deliberation' ? '户' : '人';
  const { ballots, eligible } = topic.turnout;
  return (
    <Text className="topic__turnout">
      已投 {ballots} / {eligible} {unit}（{pct(ballots, eligible)}%）
    </Text>
  );
}

/** The big option buttons: tap one (it is marked), then 确认投票. */
export function OptionButtons({
  topic,
  picked,
  onPick,
}: {
  topic: TopicDetail;
  picked: string | null;
  onPick: (optionId: string) => void;
}) {
  return (
    <View className="topic__options" role="radiogroup" aria-label="选项">
      {topic.options.map((o) => {
        const on = picked === o.id;
        return (
          <View
            key={o.id}
            className={`topic__option${on ? ' topic__option--on' : ''}`}
            role="radio"
            aria-checked={on}
            aria-label={o.label}
            onClick={() => onPick(o.id)}
          >
            {o.photo?.url ? <Image className="topic__option-photo" src={fileUrl(o.photo.url)} mode="aspectFill" /> : null}
            <Text className="topic__option-label">
              {on ? '✓ ' : ''}
              {o.label}
            </Text>
          </View>
        );
      })}
    </View>
  );
}

/** 你家已投票：墨绿（由 李明 投） */
export function HouseholdBallot({ topic }: { topic: TopicDetail }) {
  const b = topic.myBallot;
  if (!b) return null;
  const who = topic.kind === 'deliberation' ? '你家' : '您';
  return (
    <View className="topic__ballot" role="status">
      <Text className="topic__ballot-main">
        {who}已投票：{b.optionLabel}（由 {b.mine ? '您' : b.byName} 投）
      </Text>
      {b.mine && topic.status === 'open' ? <Text className="muted">截止前可以改投，点其他选项再确认</Text> : null}
    </View>
  );
}

export function ResultView({ result, kind }: { result: TopicResult; kind: TopicDetail['kind'] }) {
  const unit = kind === 'deliberation' ? '户' : '人';
  const top = Math.max(1, ...result.counts.map((c) => c.votes));
  return (
    <View className="topic__result">
      <Text className="section-title">投票结果（{when(result.closedAt)} 公布）</Text>
      <Text className={`topic__verdict${result.passed ? ' topic__verdict--passed' : ''}`}>
        {result.passed
          ? `通过：${result.counts.find((c) => c.optionId === result.leadingOptionId)?.label ?? ''}`
          : result.quorumMet
            ? '未通过：没有选项达到通过比例'
            : '未通过：参与户数未达到要求'}
      </Text>
      {result.counts.map((c) => (
        <View key={c.optionId} className="topic__bar-row">
          <Text className="topic__bar-label">
            {c.label} · {c.votes} {unit}（{pct(c.votes, result.ballots)}%）
          </Text>
          <View className="topic__bar" style={{ width: `${Math.round((c.votes * 100) / top)}%` }} />
        </View>
      ))}
      <Text className="muted">
        参与 {result.ballots} / {result.eligible} {unit}（{pct(result.ballots, result.eligible)}%，要求 {result.quorumPct}%）
        {result.paperBallots ? `，其中纸质票 ${result.paperBallots} 张` : ''}；通过须得票 {result.passPct}%
      </Text>
    </View>
  );
}

/** 决议 and what carries it out: the fund expenses and events linked to it. */
export function ResolutionTrail({ topic }: { topic: TopicDetail }) {
  if (!topic.resolution && topic.links.length === 0) return null;
  return (
    <View className="topic__trail">
      <Text className="section-title">决议与落实</Text>
      {topic.resolution ? (
        <View className="topic__resolution">
          <Text className="topic__resolution-words">{topic.resolution.words}</Text>
          <Text className="muted">
            {topic.resolution.byName} 记录于 {when(topic.resolution.at)}
          </Text>
          <Photos photos={topic.resolution.photos} />
        </View>
      ) : null}
      {topic.links.map((l) => (
        <View key={`${l.kind}-${l.id}`} className="topic__link">
          <Text>
            {l.kind === 'expense' ? '微基金支出' : '活动'}：{l.title}
            {l.amountFen !== null ? ` · ${formatFen(l.amountFen)}` : ''}
            {l.startsAt ? ` · ${when(l.startsAt)}` : ''}
          </Text>
        </View>
      ))}
    </View>
  );
}

export function TopicHeader({ topic }: { topic: TopicDetail }) {
  const scope = topic.scope.length
    ? topic.scope.map((s) => `${s.estateName}${s.building ? ' ' + s.building : ''}`).join('、')
    : '全社区';
  return (
    <View className="topic__header">
      <Text className="topic__kind">{topic.kind === 'deliberation' ? '协商议事 · 每户一票' : '评选 · 每人一票'}</Text>
      <Text className="topic__title">{topic.title}</Text>
      <Text className="muted">
        参与范围：{scope} · {when(topic.opensAt)} 至 {when(topic.closesAt)}
      </Text>
      {topic.background ? <Text className="topic__background">{topic.background}</Text> : null}
      <Photos photos={topic.photos} />
    </View>
  );
}
