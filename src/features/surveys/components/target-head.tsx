import { Image, Text, View } from '@tarojs/components';
import { SURVEY_TARGET_KIND_LABELS, type SurveyTargetView } from '@linli/types';
import { fileUrl } from '@/lib/upload';

/** A target as raters see it: photo, name, 社区干部/完成项目, duties or description. */
export function TargetHead({ target }: { target: SurveyTargetView }) {
  return (
    <View className="survey-target__head">
      {target.photoUrl ? (
        <Image className="survey-target__photo" src={fileUrl(target.photoUrl)} mode="aspectFill" />
      ) : (
        <View className="survey-target__photo survey-target__photo--none">{target.name.slice(0, 1)}</View>
      )}
      <View className="survey-target__text">
        <Text className="survey-target__name">{target.name}</Text>
        <Text className="survey-target__kind">{SURVEY_TARGET_KIND_LABELS[target.kind]}</Text>
        {target.about ? <Text className="survey-target__about">{target.about}</Text> : null}
      </View>
    </View>
  );
}
