import { useState } from 'react';
import { View } from '@tarojs/components';
import type { Me } from '@linli/types';
import { Notice } from '@/components/notice';
import { TextField } from '@/components/text-field';
import { Button } from '@/components/ui';
import type { ProfileInput } from '../services/me.service';

interface Props {
  me: Me;
  saving: boolean;
  error: string | null;
  onSave: (input: ProfileInput) => void;
  onCancel: () => void;
}

/** Checks what it can before sending, in words, so the server's refusal is the rare case. */
export function validateProfile(name: string, birthYear: string, phone: string): ProfileInput | string {
  const input: ProfileInput = {};
  if (name.trim()) input.name = name.trim();
  if (birthYear.trim()) {
    const y = Number(birthYear.trim());
    if (!Number.isInteger(y) || y < 1900 || y > new Date().getFullYear())
      return '出生年份请填写 4 位数字，例如 1950';
    input.birthYear = y;
  }
  if (phone.trim()) {
    if (!/^1\d{10}$/.test(phone.trim())) return '手机号请填写 11 位数字';
    input.phone = phone.trim();
  }
  return Object.keys(input).length ? input : '请至少填写一项';
}

export function ProfileForm({ me, saving, error, onSave, onCancel }: Props) {
  const [name, setName] = useState(me.name ?? '');
  const [birthYear, setBirthYear] = useState(me.birthYear ? String(me.birthYear) : '');
  const [phone, setPhone] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);

  const submit = () => {
    const res = validateProfile(name, birthYear, phone);
    if (typeof res === 'string') return setInvalid(res);
    setInvalid(null);
    onSave(res);
  };

  return (
    <View className="card">
      <TextField label="姓名" value={name} maxLength={20} placeholder="请输入姓名" onChange={setName} />
      <TextField
        label="出生年份"
        keyboard="number"
        value={birthYear}
        maxLength={4}
        placeholder="例如 1950"
        onChange={setBirthYear}
      />
      <TextField
        label="手机号"
        keyboard="number"
        value={phone}
        maxLength={11}
        placeholder={me.phoneMasked ? `现为 ${me.phoneMasked}，不改可不填` : '11 位手机号'}
        onChange={setPhone}
      />
      {invalid || error ? <Notice>{invalid ?? error}</Notice> : null}
      <View className="row-gap">
        <Button type="primary" size="large" block loading={saving} onClick={submit}>
          保存
        </Button>
      </View>
      <View className="row-gap">
        <Button size="large" block fill="outline" onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  );
}
