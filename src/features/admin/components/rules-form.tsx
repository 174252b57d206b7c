import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { FundRules } from '@linli/types';
import { TextField } from '@/components/text-field';
import { Button } from '@/components/ui';

interface Props {
  rules: FundRules;
  saving: boolean;
  onSave: (r: FundRules) => void;
}

const yuan = (fen: number) => String(fen / 100);

/** The fund rules in yuan and points; the server keeps fen. A change holds from now on only. */
export function RulesForm({ rules, saving, onSave }: Props) {
  const [approvals, setApprovals] = useState(String(rules.approvalsRequired));
  const [threshold, setThreshold] = useState(yuan(rules.approvalThresholdFen));
  const [pointValue, setPointValue] = useState(yuan(rules.pointValueFen));
  const [perHour, setPerHour] = useState(String(rules.pointsPerHour));
  const a = Number(approvals);
  const t = Math.round(Number(threshold) * 100);
  const v = Math.round(Number(pointValue) * 100);
  const h = Number(perHour);
  const problem =
    !Number.isInteger(a) || a < 0 || a > 9
      ? '审批人数请填 0 到 9'
      : !Number.isFinite(t) || t < 0 || threshold.trim() === ''
        ? '请填写需要审批的金额'
        : !Number.isInteger(v) || v < 1 || v > 10_000
          ? '每积分抵扣金额请填 0.01 到 100 元'
          : !Number.isInteger(h) || h < 0 || h > 100
            ? '每小时积分请填 0 到 100'
            : null;
  return (
    <View className="card admin-rules">
      <TextField label="支出达到多少元需要管委会审批" keyboard="digit" value={threshold} onChange={setThreshold} />
      <TextField label="需要几位管委会成员同意" keyboard="number" value={approvals} onChange={setApprovals} maxLength={1} />
      <TextField label="1 积分抵扣多少元" keyboard="digit" value={pointValue} onChange={setPointValue} />
      <TextField
        label="志愿服务每小时记多少积分"
        keyboard="number"
        value={perHour}
        onChange={setPerHour}
        maxLength={3}
        hint="社区的标准：新设的志愿岗位不填积分时按这个数；已设好的岗位不变"
      />
      {problem ? <Text className="muted">{problem}</Text> : null}
      <Button
        size="large"
        block
        type="primary"
        disabled={!!problem}
        loading={saving}
        onClick={() => onSave({ approvalsRequired: a, approvalThresholdFen: t, pointValueFen: v, pointsPerHour: h })}
      >
        保存规则（从现在起生效）
      </Button>
    </View>
  );
}
