/** The sender of a production host: WeChat subscription messages, and SMS when the provider is configured. */
import type { Sender } from './outbox';
import { channelSender, templateIdsFromEnv, wechatSender, type SubscribeMessageApi } from './senders';
import { smsSender, smsTemplatesFromEnv, tencentSmsConfigFromEnv, tencentSmsProvider } from './sms';

export function productionSender(api: SubscribeMessageApi, env: NodeJS.ProcessEnv = process.env): Sender {
  const sms = tencentSmsConfigFromEnv(env);
  return channelSender({
    wechat: wechatSender(api, templateIdsFromEnv(env)),
    // Unconfigured SMS fails its rows (retried, then `failed` with the reason): visible, not silent.
    sms: sms ? smsSender(tencentSmsProvider(sms), smsTemplatesFromEnv(env)) : undefined,
  });
}
