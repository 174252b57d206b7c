/**
 * Voice notes (≤ 60 s) for people who would rather speak than type. WeChat: the recorder manager in
 * AAC. H5: MediaRecorder, only where the browser can record a format the server accepts (MP4/AAC or
 * MP3); elsewhere `voiceSupported()` is false and the voice button is not shown.
 */
import Taro from '@tarojs/taro';

export const VOICE_MAX_MS = 60_000;

export interface Recording {
  filePath: string;
  /** H5: the recording itself, for uploadFile (the page may not fetch its own blob: URLs). */
  blob?: Blob;
  durationMs: number;
}

export interface ActiveRecording {
  /** Settles when recording ends: by `stop()`, or by itself at the time limit. */
  done: Promise<Recording>;
  stop(): void;
}

const H5_TYPES = ['audio/mp4;codecs=mp4a.40.2', 'audio/mp4', 'audio/aac', 'audio/mpeg'];

function h5Type(): string | null {
  if (typeof window === 'undefined' || typeof MediaRecorder === 'undefined' || !navigator.mediaDevices)
    return null;
  return H5_TYPES.find((t) => MediaRecorder.isTypeSupported(t)) ?? null;
}

export function voiceSupported(): boolean {
  if (process.env.TARO_ENV === 'weapp') return typeof Taro.getRecorderManager === 'function';
  return h5Type() !== null;
}

export async function startRecording(maxMs = VOICE_MAX_MS): Promise<ActiveRecording> {
  return process.env.TARO_ENV === 'weapp' ? startWeapp(maxMs) : startH5(maxMs);
}

function startWeapp(maxMs: number): ActiveRecording {
  const rm = Taro.getRecorderManager();
  const done = new Promise<Recording>((resolve, reject) => {
    rm.onStop((r) => resolve({ filePath: r.tempFilePath, durationMs: r.duration }));
    rm.onError((e) => reject(new Error(e.errMsg)));
  });
  rm.start({ duration: maxMs, format: 'aac', sampleRate: 16000, numberOfChannels: 1, encodeBitRate: 48000 });
  return { done, stop: () => rm.stop() };
}

async function startH5(maxMs: number): Promise<ActiveRecording> {
  const mimeType = h5Type();
  if (!mimeType) throw new Error('voice recording is not supported here');
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  const recorder = new MediaRecorder(stream, { mimeType });
  const chunks: Blob[] = [];
  const started = Date.now();
  recorder.ondataavailable = (e) => chunks.push(e.data);
  const done = new Promise<Recording>((resolve, reject) => {
    recorder.onstop = () => {
      stream.getTracks().forEach((t) => t.stop());
      const blob = new Blob(chunks, { type: mimeType.split(';')[0] });
      resolve({
        filePath: URL.createObjectURL(blob),
        blob,
        durationMs: Math.min(Date.now() - started, maxMs),
      });
    };
    recorder.onerror = () => reject(new Error('recording failed'));
  });
  recorder.start();
  const timer = setTimeout(() => recorder.state !== 'inactive' && recorder.stop(), maxMs);
  return {
    done,
    stop: () => {
      clearTimeout(timer);
      if (recorder.state !== 'inactive') recorder.stop();
    },
  };
}
