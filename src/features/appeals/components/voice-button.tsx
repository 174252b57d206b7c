import { useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@/components/ui';
import { canRecord, MAX_VOICE_SECONDS, startRecording, type Recording } from '../services/voice';

interface Props {
  seconds: number | null;
  busy: boolean;
  onRecorded: (path: string | Blob, seconds: number) => void;
  onRemove: () => void;
  onError: (message: string) => void;
}

/** 按一下开始说，再按一下结束 (≤ 60 s). Hidden where the device cannot record in a format we accept. */
export function VoiceButton({ seconds, busy, onRecorded, onRemove, onError }: Props) {
  const [recording, setRecording] = useState(false);
  const rec = useRef<Recording | null>(null);
  if (!canRecord()) return null;
  if (seconds !== null) {
    return (
      <View className="ap-voice">
        <Text className="ap-place">🎤 已录好语音 {seconds} 秒</Text>
        <Button size="small" fill="outline" onClick={onRemove}>
          重录
        </Button>
      </View>
    );
  }
  const toggle = () => {
    if (recording) {
      rec.current?.stop();
      return;
    }
    const r = startRecording();
    rec.current = r;
    setRecording(true);
    r.done
      .then(({ path, seconds: s }) => onRecorded(path, s))
      .catch(() => onError('没有录上，请允许使用麦克风后再试'))
      .finally(() => setRecording(false));
  };
  return (
    <Button block size="large" fill="outline" loading={busy} onClick={toggle}>
      {recording ? `● 正在录音，说完按这里结束（最长 ${MAX_VOICE_SECONDS} 秒）` : '🎤 不想打字？按这里说话'}
    </Button>
  );
}
