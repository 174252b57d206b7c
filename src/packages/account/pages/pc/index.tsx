import { useState } from 'react';
import Taro, { useLoad, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { parsePcChallenge, usePcSessionsStore } from '@/features/pc-login';
import { BackHome } from '@/components/back-home';
import { EmptyState } from '@/components/empty-state';
import { Notice } from '@/components/notice';
import { TextField } from '@/components/text-field';
import { Button } from '@/components/ui';
import { Page } from '@/components/page';
import { formatDateTime } from '@/lib/format';

/**
 * 电脑登录 on the phone: scan the QR a PC shows (or paste its text), confirm “在电脑上登录 邻里 管理台？”,
 * and see the PCs signed in as me, each with 退出.
 */
export default function PcSessionsPage() {
  const s = usePcSessionsStore();
  const router = useRouter();
  const [typed, setTyped] = useState('');
  const [pending, setPending] = useState(() => parsePcChallenge(decodeURIComponent(router.params.challenge ?? '')));
  const [unreadable, setUnreadable] = useState(false);

  useLoad(() => {
    usePcSessionsStore.getState().reset();
    void usePcSessionsStore.getState().load();
  });

  const take = (text: string) => {
    const c = parsePcChallenge(text);
    setUnreadable(!c);
    setPending(c);
  };
  const scan = async () => {
    const r = await Taro.scanCode({ onlyFromCamera: true }).catch(() => null);
    if (r?.result) take(r.result);
  };
  const confirm = async () => {
    const done = await s.confirm(pending);
    if (done) setPending('');
  };

  return (
    <Page className="pc-sessions">
      {pending ? (
        <View className="row-gap">
          <Notice tone="info" title="在电脑上登录 邻里 管理台？">
            确认后，这台电脑将以您的身份登录 8 小时。如果不是您本人刚在电脑上打开的二维码，请点“取消”。
          </Notice>
          <Button size="large" block type="primary" loading={s.busy} onClick={() => void confirm()}>
            确认登录
          </Button>
          <View className="row-gap">
            <Button size="large" block fill="outline" onClick={() => setPending('')}>
              取消
            </Button>
          </View>
        </View>
      ) : (
        <View className="row-gap">
          <Text className="muted">在电脑浏览器里打开邻里管理台，会出现一个二维码，用下面的按钮扫描它。</Text>
          {process.env.TARO_ENV === 'weapp' ? (
            <Button size="large" block type="primary" onClick={() => void scan()}>
              扫描电脑上的二维码
            </Button>
          ) : null}
          <TextField label="或粘贴二维码内容" value={typed} onChange={setTyped} maxLength={80} placeholder="linli-pc:…" />
          <Button size="large" block fill="outline" disabled={!typed.trim()} onClick={() => take(typed)}>
            下一步
          </Button>
        </View>
      )}
      {unreadable ? <Notice tone="info" title="没有认出二维码">这不是邻里电脑登录的二维码，请扫描电脑上显示的那个。</Notice> : null}
      {s.confirmed ? <Notice tone="success" title="已确认">电脑上马上就会进入管理台。</Notice> : null}
      {s.actionError ? <Notice title="没有成功">{s.actionError}</Notice> : null}

      <Text className="section-title">已登录的电脑</Text>
      {s.error ? <EmptyState text={s.error} actionText="再试一次" onAction={() => void s.load()} /> : null}
      {s.loading && !s.loaded ? <Text className="loading">正在加载…</Text> : null}
      {s.loaded && s.sessions.length === 0 ? <Text className="muted">现在没有电脑以您的身份登录。</Text> : null}
      {s.sessions.map((p) => (
        <View key={p.id} className="card">
          <Text>{p.userAgent ?? '未知浏览器'}</Text>
          <Text className="muted">
            {formatDateTime(p.confirmedAt)} 登录，{formatDateTime(p.expiresAt)} 自动退出
          </Text>
          <Button size="large" block fill="outline" loading={s.ending === p.id} onClick={() => void s.end(p.id)}>
            退出这台电脑
          </Button>
        </View>
      ))}
      <BackHome />
    </Page>
  );
}
