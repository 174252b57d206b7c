import { View } from '@tarojs/components';
import { SURVEY_CHOICES, SURVEY_CHOICE_LABELS, type SurveyChoice } from '@linli/types';

interface Props {
  /** Whose answer: read out with each button (满意：王芳). */
  name: string;
  /** The choice shown as picked (paper forms); none for one-tap rating. */
  value?: SurveyChoice | null;
  busy?: boolean;
  onChoose: (choice: SurveyChoice) => void;
}

/** 满意 / 基本满意 / 不满意: three big buttons, one tap each, colours plus words (never colour alone). */
export function ChoiceButtons({ name, value, busy, onChoose }: Props) {
  return (
    <View className="survey-choices" role="group" aria-label={`给${name}的评价`}>
      {SURVEY_CHOICES.map((c) => (
        <View
          key={c}
          className={`survey-choice survey-choice--${c}${value === c ? ' survey-choice--on' : ''}${busy ? ' survey-choice--busy' : ''}`}
          role="button"
          aria-pressed={value === c}
          aria-label={`${SURVEY_CHOICE_LABELS[c]}：${name}`}
          onClick={() => !busy && onChoose(c)}
        >
          {SURVEY_CHOICE_LABELS[c]}
        </View>
      ))}
    </View>
  );
}
