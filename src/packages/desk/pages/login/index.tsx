import { useDidHide, useDidShow } from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { useDeskLoginStore } from '@/features/pc-login';
import { Notice } from '@/components/notice';
import { Button } from '@/components/ui';
import { Page } from '@/components/page';

/**
 * 电脑登录 (H5 on a PC): staff open 邻里 on the phone, 我的 → 电脑登录, scan this QR and confirm.
 * The page polls every 2 s; once confirmed it enters the app as that person for 8 hours.
 */
export default function DeskLoginPage() {
  const { phase, challenge, error, start, stop } = useDeskLoginStore();

  useDidShow(() => void useDeskLoginStore.getState().start());
  useDidHide(() => stop());

  return (
    <Page className="desk-login">
      <Text className="section-title">用手机扫码登录管理台</Text>
      <Text className="muted">
        在手机上打开“邻里”小程序，进入“我的” → “电脑登录”，扫描下面的二维码，并在手机上点“确认登录”。
      </Text>
      {phase === 'loading' ? <Text className="loading">正在生成二维码…</Text> : null}
      {phase === 'waiting' && challenge ? (
        <View className="row-gap">
          <Image src={challenge.qrDataUrl} style={{ display: 'block', width: '320px', height: '320px', margin: '16px 0' }} aria-label="电脑登录二维码" />
          <Text className="muted">二维码 2 分钟内有效，只能使用一次。正在等待手机确认…</Text>
        </View>
      ) : null}
      {phase === 'entering' ? <Text className="loading">已确认，正在进入…</Text> : null}
      {phase === 'expired' ? <Notice title="二维码已过期">请点下面的按钮换一个新的二维码。</Notice> : null}
      {phase === 'error' && error ? <Notice title="没有成功">{error}</Notice> : null}
      {phase === 'expired' || phase === 'error' ? (
        <Button size="large" block type="primary" onClick={() => void start()}>
          换一个二维码
        </Button>
      ) : null}
      <Text className="muted">只有社区工作人员、管理员、网格员和居委会成员可以在电脑上登录。登录 8 小时后自动退出，也可以在手机上随时退出。</Text>
    </Page>
  );
}
