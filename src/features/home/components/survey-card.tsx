import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { SurveyForRater } from '@linli/types';
import { ROUTES } from '@/lib/routes';
import './survey-card.css';

const go = (url: string) => () => void Taro.navigateTo({ url });

interface Props {
  survey: SurveyForRater | null;
  /** Grid workers and staff enter paper forms; staff run rounds. */
  paper: boolean;
  staff: boolean;
}

/** 民心测评 on 首页: a big card while a round is open, else just the way to the last results. */
export function SurveyCard({ survey, paper, staff }: Props) {
  const round = survey?.round ?? null;
  const left = round ? round.targets.length - survey!.ratedTargetIds.length : 0;
  const links = [
    survey?.lastClosed ? { text: '测评结果', url: ROUTES.surveysResults(survey.lastClosed.id) } : null,
    round && paper ? { text: '纸质测评录入', url: ROUTES.surveysPaper } : null,
    staff ? { text: '测评管理', url: ROUTES.surveysManage } : null,
  ].filter((l): l is { text: string; url: string } => l !== null);
  if (!round && links.length === 0) return null;
  return (
    <View className="entry-card survey-card">
      {round && round.targets.length > 0 ? (
        <View className="entry-card__main survey-card__main" role="button" onClick={go(ROUTES.surveysRate)}>
          <Text className="entry-card__title">民心测评 · {round.title}</Text>
          <Text className="entry-card__note">
            {left > 0 ? `给社区干部和项目打分，匿名，还有 ${left} 项` : '您已评完，谢谢参与'}
          </Text>
        </View>
      ) : null}
      {links.length > 0 ? (
        <View className="entry-card__links">
          {links.map((l) => (
            <View key={l.text} className="entry-card__link" role="button" onClick={go(l.url)}>
              {l.text}
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}
