/**
 * Voice notes to text, so an elder who speaks rather than types is searchable and counted like
 * everyone else. Production: Tencent Cloud ASR (一句话识别, engine 16k_zh_dialect for Sichuanese and
 * other dialects), configured by TENCENT_ASR_SECRET_ID / TENCENT_ASR_SECRET_KEY and reached from the
 * cloud function; it cannot run here. Locally (and whenever no service is configured): a stand-in text
 * that says plainly it is one, stored with source 'stand_in' so nobody mistakes it for a transcript.
 */
import crypto from 'node:crypto';
import type { TranscriptSource } from '@linli/types';

export interface Transcript {
  text: string;
  source: TranscriptSource;
}

export interface SpeechService {
  /** `audio` is the voice note's bytes when the caller has them; the stand-in does not need them. */
  transcribe(input: { fileId: string; audio?: Buffer; format?: 'aac' | 'mp3' | 'm4a' }): Promise<Transcript>;
}

export const STAND_IN_TEXT = '【语音留言】本地环境未接入语音识别，此处为占位文字；请点开语音收听原话。';

/** Also how submitting knows no service is configured (then there is nothing to transcribe later). */
export const standInSpeech: SpeechService = {
  async transcribe() {
    return { text: STAND_IN_TEXT, source: 'stand_in' };
  },
};

const sha256 = (s: string | Buffer) => crypto.createHash('sha256').update(s).digest('hex');
const hmac = (key: crypto.BinaryLike, s: string) => crypto.createHmac('sha256', key).update(s).digest();

/** Tencent Cloud ASR SentenceRecognition (≤ 60 s, base64 audio), signed with TC3-HMAC-SHA256. */
export function tencentSpeech(opts: { secretId: string; secretKey: string; region?: string; engine?: string }): SpeechService {
  const host = 'asr.tencentcloudapi.com';
  return {
    async transcribe({ audio, format = 'aac' }) {
      if (!audio) throw new Error('tencent ASR needs the audio bytes');
      const body = JSON.stringify({
        EngSerViceType: opts.engine ?? '16k_zh_dialect',
        SourceType: 1,
        VoiceFormat: format,
        Data: audio.toString('base64'),
        DataLen: audio.length,
      });
      const ts = Math.floor(Date.now() / 1000);
      const date = new Date(ts * 1000).toISOString().slice(0, 10);
      const canonical = ['POST', '/', '', `content-type:application/json\nhost:${host}\n`, 'content-type;host', sha256(body)].join('\n');
      const scope = `${date}/asr/tc3_request`;
      const toSign = ['TC3-HMAC-SHA256', ts, scope, sha256(canonical)].join('\n');
      const key = hmac(hmac(hmac(`TC3${opts.secretKey}`, date), 'asr'), 'tc3_request');
      const signature = crypto.createHmac('sha256', key).update(toSign).digest('hex');
      const res = await fetch(`https://${host}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Host: host,
          'X-TC-Action': 'SentenceRecognition',
          'X-TC-Version': '2019-06-14',
          'X-TC-Timestamp': String(ts),
          'X-TC-Region': opts.region ?? 'ap-chengdu',
          Authorization: `TC3-HMAC-SHA256 Credential=${opts.secretId}/${scope}, SignedHeaders=content-type;host, Signature=${signature}`,
        },
        body,
      });
      const json = (await res.json()) as { Response?: { Result?: string; Error?: { Code: string; Message: string } } };
      if (!json.Response || json.Response.Error) throw new Error(`ASR: ${json.Response?.Error?.Code ?? res.status}`);
      return { text: json.Response.Result ?? '', source: 'asr' };
    },
  };
}

let configured: SpeechService | null = null;

/** The service for this process: Tencent ASR when configured by env, else the stand-in. */
export function speech(env: NodeJS.ProcessEnv = process.env): SpeechService {
  if (configured) return configured;
  configured =
    env.TENCENT_ASR_SECRET_ID && env.TENCENT_ASR_SECRET_KEY
      ? tencentSpeech({ secretId: env.TENCENT_ASR_SECRET_ID, secretKey: env.TENCENT_ASR_SECRET_KEY, region: env.TENCENT_ASR_REGION })
      : standInSpeech;
  return configured;
}

/** Tests swap the service. */
export function setSpeech(s: SpeechService | null): void {
  configured = s;
}
