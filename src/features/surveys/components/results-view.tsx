import { Text, View } from '@tarojs/components';
import {
  SURVEY_CHOICES,
  SURVEY_CHOICE_LABELS,
  type SurveyResults,
  type SurveyTargetResult,
} from '@linli/types';
import { TargetHead } from './target-head';

const pct = (v: number | null) => (v === null ? '—' : `${v}%`);

function TargetResult({
  r,
  floor,
  flagBelow,
}: {
  r: SurveyTargetResult;
  floor: number;
  flagBelow: number | null;
}) {
  return (
    <View className={`card survey-target${r.flagged ? ' survey-target--flagged' : ''}`}>
      <TargetHead target={r.target} />
      {!r.enough ? (
        <Text className="survey-result__few">参评人数不足（不到 {floor} 人），不公布结果</Text>
      ) : (
        <View>
          <View className="survey-result__line">
            <Text className="survey-result__big">满意度 {pct(r.satisfaction)}</Text>
            <Text className="muted">{r.raters} 人参评</Text>
          </View>
          {r.flagged ? (
            <View className="survey-result__flag" role="alert">
              低于 {flagBelow}%：建议提醒谈话（仅管理员可见）
            </View>
          ) : null}
          {SURVEY_CHOICES.map((c) => (
            <View key={c} className="survey-bar">
              <Text className="survey-bar__label">{SURVEY_CHOICE_LABELS[c]}</Text>
              <View className="survey-bar__track">
                <View
                  className={`survey-bar__fill survey-bar__fill--${c}`}
                  style={{ width: `${r.raters ? (r.counts![c] / r.raters) * 100 : 0}%` }}
                />
              </View>
              <Text className="survey-bar__n">{r.counts![c]}</Text>
            </View>
          ))}
          {r.comments && r.comments.length > 0 ? (
            <View className="survey-comments">
              <Text className="field-label">居民意见（不显示姓名）</Text>
              {r.comments.map((c, i) => (
                <Text key={i} className="survey-comment">
                  【{SURVEY_CHOICE_LABELS[c.choice]}】{c.words}
                </Text>
              ))}
            </View>
          ) : null}
        </View>
      )}
    </View>
  );
}

/** A closed round's results: the community figure, each target (or 参评人数不足), and the trend. */
export function ResultsView({ results }: { results: SurveyResults }) {
  const top = Math.max(1, ...results.trend.map((p) => p.satisfaction ?? 0));
  return (
    <View>
      <View className="card survey-summary">
        <Text className="survey-summary__title">{results.round?.title} 社区整体满意度</Text>
        <Text className="survey-summary__big">{pct(results.community.satisfaction)}</Text>
        <Text className="muted">
          {results.community.raters} 位居民参评 · 满意度 =（满意 + 基本满意）÷ 全部评价 · 不到 {results.floor}{' '}
          人评价的对象不计入、不公布
        </Text>
      </View>
      {results.targets.map((r) => (
        <TargetResult key={r.target.id} r={r} floor={results.floor} flagBelow={results.flagBelow} />
      ))}
      {results.trend.length > 0 ? (
        <View className="card">
          <Text className="field-label">历次测评满意度</Text>
          {results.trend.map((p) => (
            <View key={p.roundId} className="survey-bar">
              <Text className="survey-bar__label survey-bar__label--wide">{p.title}</Text>
              <View className="survey-bar__track">
                <View
                  className="survey-bar__fill survey-bar__fill--satisfied"
                  style={{ width: `${((p.satisfaction ?? 0) / top) * 100}%` }}
                />
              </View>
              <Text className="survey-bar__n">
                {pct(p.satisfaction)} · {p.raters}人
              </Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}
