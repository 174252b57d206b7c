import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Notice } from '@/components/notice';
import { TextField } from '@/components/text-field';
import { Button } from '@/components/ui';

interface Props {
  applying: boolean;
  error: string | null;
  onApply: (realName: string, phone: string) => void;
}

/** What the server would refuse, said before sending. */
export function validateApplication(realName: string, phone: string): string | null {
  if (!realName.trim()) return '请填写真实姓名';
  if (realName.trim().length > 20) return '姓名请不超过 20 个字';
  if (!/^1\d{10}$/.test(phone.trim())) return '手机号请填写 11 位数字';
  return null;
}

export function ApplyForm({ applying, error, onApply }: Props) {
  const [realName, setRealName] = useState('');
  const [phone, setPhone] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const submit = () => {
    const msg = validateApplication(realName, phone);
    setInvalid(msg);
    if (!msg) onApply(realName.trim(), phone.trim());
  };
  return (
    <View className="card">
      <Text className="pts-text">
        认证后可以报名活动的志愿岗位，服务时长由社区记录，积累志愿积分，并可开具志愿服务记录证明。
      </Text>
      <TextField label="真实姓名" value={realName} maxLength={20} placeholder="与身份证一致" onChange={setRealName} />
      <TextField
        label="手机号"
        keyboard="number"
        value={phone}
        maxLength={11}
        placeholder="11 位手机号"
        onChange={setPhone}
      />
      {invalid || error ? <Notice title="没有提交成功">{invalid ?? error}</Notice> : null}
      <View className="row-gap">
        <Button type="primary" size="large" block loading={applying} onClick={submit}>
          提交认证申请
        </Button>
      </View>
    </View>
  );
}
