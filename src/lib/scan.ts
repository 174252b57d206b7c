import Taro from '@tarojs/taro';
import { ensurePrivacy } from '@/features/privacy/privacy';

/** The camera scanner exists in WeChat; H5 staff type the code instead. */
export function canScan(): boolean {
  return process.env.TARO_ENV === 'weapp';
}

/** The QR code's text, or null when the person closed the scanner or did not agree to the privacy guide. */
export async function scanQr(): Promise<string | null> {
  if (!(await ensurePrivacy())) return null;
  try {
    const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
    return res.result || null;
  } catch {
    return null;
  }
}
