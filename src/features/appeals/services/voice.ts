/**
 * 语音留言 in WeChat: the recorder manager, AAC, at most 60 s. Resolves the temp file path and the
 * seconds recorded once `stop()` is called (or the 60 s cap is reached).
 */
import Taro from '@tarojs/taro';

export const MAX_VOICE_SECONDS = 60;

export interface Recording {
  stop: () => void;
  done: Promise<{ path: string | Blob; seconds: number }>;
}

export function canRecord(): boolean {
  return process.env.TARO_ENV === 'weapp' && typeof Taro.getRecorderManager === 'function';
}

export function startRecording(): Recording {
  const rm = Taro.getRecorderManager();
  const done = new Promise<{ path: string; seconds: number }>((resolve, reject) => {
    rm.onStop((r) => resolve({ path: r.tempFilePath, seconds: Math.round(r.duration / 1000) }));
    rm.onError((e) => reject(new Error(e.errMsg)));
  });
  rm.start({ duration: MAX_VOICE_SECONDS * 1000, format: 'aac', sampleRate: 16000, numberOfChannels: 1 });
  return { stop: () => rm.stop(), done };
}
