import { Text, View } from '@tarojs/components';
import { Checkbox } from '@/components/ui';

const POINTS = [
  '我们收集：您的微信身份标识、所在小区和楼栋单元；以及您自愿填写的姓名、出生年份、手机号。',
  '用于：活动报名与名额核对、志愿积分记录、社区通知。',
  '谁能看到：仅社区工作人员按职责查看；手机号对外只显示部分数字。',
  '我们不会出售您的信息，也不会用于与社区服务无关的用途。',
  '您可以随时在“我的”中修改资料，或请社区工作人员删除。',
];

interface Props {
  agreed: boolean;
  onChange: (v: boolean) => void;
}

export function PrivacyTerms({ agreed, onChange }: Props) {
  return (
    <View className="card">
      <Text className="join__title">隐私保护指引（摘要）</Text>
      {POINTS.map((p) => (
        <Text key={p} className="join__point">
          · {p}
        </Text>
      ))}
      <View className="join__agree">
        <Checkbox checked={agreed} onChange={onChange} label="我已阅读并同意《隐私保护指引》" />
      </View>
    </View>
  );
}
