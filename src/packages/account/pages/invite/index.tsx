import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ROLE_LABELS } from '@linli/types';
import { useSessionStore } from '@/features/session';
import { normaliseInviteCode, useAccountStore } from '@/features/account';
import { BackHome } from '@/components/back-home';
import { Notice } from '@/components/notice';
import { TextField } from '@/components/text-field';
import { Button } from '@/components/ui';
import { Page } from '@/components/page';
import { ROUTES } from '@/lib/routes';

/**
 * 使用邀请码: the code (or its QR) an admin or the street office gave. It joins that community if
 * need be and grants the role; the app then shows that community.
 */
export default function RedeemInvitePage() {
  const s = useAccountStore();
  const [code, setCode] = useState('');
  const [agreed, setAgreed] = useState(false);
  const valid = /^[A-Z0-9]{8}$/.test(normaliseInviteCode(code));

  const redeem = async (text: string) => {
    const done = await s.redeem(text);
    if (!done) return;
    const session = useSessionStore.getState();
    session.selectCommunity(done.communityId);
    await session.ensure({ force: true });
  };
  const scan = async () => {
    const r = await Taro.scanCode({ onlyFromCamera: false }).catch(() => null);
    if (r?.result) setCode(normaliseInviteCode(r.result));
  };

  if (s.redeemed) {
    return (
      <Page>
        <Notice tone="success" title="加入成功">
          您已成为{s.redeemed.communityName}的{ROLE_LABELS[s.redeemed.role]}。
        </Notice>
        <Button size="large" block type="primary" onClick={() => void Taro.switchTab({ url: ROUTES.me })}>
          去“我的”看看
        </Button>
        {s.redeemed.role === 'admin' ? (
          <View className="row-gap">
            <Button size="large" block fill="outline" onClick={() => void Taro.redirectTo({ url: ROUTES.admin })}>
              打开社区管理
            </Button>
          </View>
        ) : null}
      </Page>
    );
  }
  return (
    <Page className="redeem-invite">
      <Text className="muted">社区管理员或街道给您的 8 位邀请码，只能使用一次。</Text>
      <TextField label="邀请码" value={code} onChange={setCode} maxLength={30} placeholder="例如 ABCD2345" />
      {process.env.TARO_ENV === 'weapp' ? (
        <View className="row-gap">
          <Button size="large" block fill="outline" onClick={() => void scan()}>
            扫描邀请二维码
          </Button>
        </View>
      ) : null}
      <View className="row-gap">
        <Button
          size="large"
          block
          fill={agreed ? 'solid' : 'outline'}
          type="primary"
          aria-pressed={agreed}
          onClick={() => setAgreed(!agreed)}
        >
          {agreed ? '✓ 已阅读并同意隐私条款' : '我已阅读并同意隐私条款'}
        </Button>
      </View>
      {s.actionError ? <Notice title="没有成功">{s.actionError}</Notice> : null}
      <Button size="large" block type="primary" disabled={!valid || !agreed} loading={s.busy} onClick={() => void redeem(code)}>
        使用邀请码
      </Button>
      <BackHome />
    </Page>
  );
}
