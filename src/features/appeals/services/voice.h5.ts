/**
 * 语音留言 in a browser: MediaRecorder where it can write AAC in MP4 (the server accepts AAC and MP3
 * only); elsewhere the button is hidden. At most 60 s; resolves the recording itself (the page's CSP allows no fetch of a blob: URL).
 */
export const MAX_VOICE_SECONDS = 60;

export interface Recording {
  stop: () => void;
  done: Promise<{ path: string | Blob; seconds: number }>;
}

const MIME = 'audio/mp4';

export function canRecord(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.MediaRecorder !== 'undefined' &&
    !!navigator.mediaDevices?.getUserMedia &&
    MediaRecorder.isTypeSupported(MIME)
  );
}

export function startRecording(): Recording {
  let stopNow: () => void = () => undefined;
  const done = (async () => {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    const rec = new MediaRecorder(stream, { mimeType: MIME });
    const chunks: Blob[] = [];
    const started = Date.now();
    rec.ondataavailable = (e) => chunks.push(e.data);
    const stopped = new Promise<void>((resolve) => (rec.onstop = () => resolve()));
    const timer = setTimeout(() => rec.stop(), MAX_VOICE_SECONDS * 1000);
    stopNow = () => rec.state !== 'inactive' && rec.stop();
    rec.start();
    await stopped;
    clearTimeout(timer);
    stream.getTracks().forEach((t) => t.stop());
    const seconds = Math.min(MAX_VOICE_SECONDS, Math.round((Date.now() - started) / 1000));
    return { path: new Blob(chunks, { type: MIME }), seconds };
  })();
  return { stop: () => stopNow(), done };
}
