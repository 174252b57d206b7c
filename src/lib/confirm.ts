import Taro from '@tarojs/taro';

/** A yes/no question in plain words; resolves true only when the person taps the confirm button. */
export async function confirm(title: string, content: string, confirmText = '确定'): Promise<boolean> {
  try {
    const res = await Taro.showModal({
      title,
      content,
      confirmText,
      cancelText: '再想想',
      confirmColor: '#b3261e',
    });
    return Boolean(res.confirm);
  } catch {
    return false;
  }
}
