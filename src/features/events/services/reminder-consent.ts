/**
 * 订阅消息: WeChat lets an app send a reminder only after the person agreed, asked right at a tap.
 * Asked before sign-up in the WeChat build when a template is configured; never in H5.
 */
import Taro from '@tarojs/taro';

export function canAskReminder(): boolean {
  return process.env.TARO_ENV === 'weapp' && LINLI_TMPL_REMINDER !== '';
}

/** True when the person accepted; a refusal or failure just means no reminder, never a blocked sign-up. */
export async function askReminderConsent(): Promise<boolean> {
  if (!canAskReminder()) return false;
  try {
    const res = await Taro.requestSubscribeMessage({ tmplIds: [LINLI_TMPL_REMINDER], entityIds: [] });
    return (res as unknown as Record<string, string>)[LINLI_TMPL_REMINDER] === 'accept';
  } catch {
    return false;
  }
}
