import { Button, Text, View } from '@tarojs/components';
import { AGREE_BUTTON_ID, openPrivacyContract, usePrivacyStore } from './privacy';
import './privacy-sheet.css';

/**
 * The consent card, shown at the bottom of a page that uses a privacy API while WeChat waits for an
 * answer. Not a modal: the page stays readable behind it, and both answers are big buttons.
 */
export function PrivacySheet() {
  const pending = usePrivacyStore((s) => s.pending);
  const agree = usePrivacyStore((s) => s.agree);
  const disagree = usePrivacyStore((s) => s.disagree);
  if (!pending) return null;
  return (
    <View className="privacy-sheet" role="dialog" aria-label="隐私保护指引">
      <Text className="privacy-sheet__title">使用前请您同意隐私保护指引</Text>
      <Text className="privacy-sheet__body">
        扫码签到需要使用摄像头。我们只用它识别活动二维码，不保存照片。详情请看
        <Text className="privacy-sheet__link" onClick={() => openPrivacyContract()}>
          《邻里隐私保护指引》
        </Text>
        。
      </Text>
      <View className="privacy-sheet__actions">
        <Button className="privacy-sheet__button" onClick={disagree}>
          不同意
        </Button>
        <Button
          id={AGREE_BUTTON_ID}
          className="privacy-sheet__button privacy-sheet__button--primary"
          openType="agreePrivacyAuthorization"
          onAgreePrivacyAuthorization={agree}
        >
          同意
        </Button>
      </View>
    </View>
  );
}
