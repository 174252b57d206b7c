/**
 * SMS for people without WeChat (elders registered by proxy, imported with a phone). One small
 * provider interface; Tencent Cloud SMS (短信 SendSms, API 3.0 with TC3-HMAC-SHA256 signing) in
 * production, configured by environment; locally the log sender prints instead (senders.ts).
 */
import crypto from 'node:crypto';
import type { NoticeKind } from '@linli/types';
import type { OutgoingMessage, Sender } from './outbox';
import { messageData } from './senders';

export interface SmsProvider {
  send(o: { phone: string; templateId: string; params: string[] }): Promise<void>;
}

export interface TencentSmsConfig {
  secretId: string;
  secretKey: string;
  sdkAppId: string;
  signName: string;
  region: string;
  /** https://sms.tencentcloudapi.com unless overridden (a local fake in tests). */
  endpoint: string;
}

/** The environment variable of each kind's SMS template (approved in the SMS console). */
export const SMS_TEMPLATE_ENV: Partial<Record<NoticeKind, string>> = {
  signup_confirmed: 'LINLI_SMS_TMPL_SIGNUP',
  promoted: 'LINLI_SMS_TMPL_PROMOTED',
  event_cancelled: 'LINLI_SMS_TMPL_CANCELLED',
  event_changed: 'LINLI_SMS_TMPL_CHANGED',
};

/** Null when SMS is not configured (then the SMS channel has no sender and its rows fail visibly). */
export function tencentSmsConfigFromEnv(env: NodeJS.ProcessEnv = process.env): TencentSmsConfig | null {
  const { TENCENTCLOUD_SECRET_ID: secretId, TENCENTCLOUD_SECRET_KEY: secretKey } = env;
  const sdkAppId = env.LINLI_SMS_SDK_APP_ID;
  const signName = env.LINLI_SMS_SIGN_NAME;
  if (!secretId || !secretKey || !sdkAppId || !signName) return null;
  return {
    secretId,
    secretKey,
    sdkAppId,
    signName,
    region: env.LINLI_SMS_REGION || 'ap-guangzhou',
    endpoint: env.LINLI_SMS_ENDPOINT || 'https://sms.tencentcloudapi.com',
  };
}

export function smsTemplatesFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): Partial<Record<NoticeKind, string>> {
  return Object.fromEntries(
    Object.entries(SMS_TEMPLATE_ENV).map(([kind, name]) => [kind, env[name!] || undefined]),
  );
}

const sha256hex = (s: string) => crypto.createHash('sha256').update(s).digest('hex');
const hmac = (key: crypto.BinaryLike, s: string) => crypto.createHmac('sha256', key).update(s).digest();

/** Tencent Cloud API 3.0 signature (TC3-HMAC-SHA256), as documented for every product. */
export function tc3Authorization(o: {
  secretId: string;
  secretKey: string;
  service: string;
  host: string;
  action: string;
  body: string;
  timestamp: number;
}): string {
  const date = new Date(o.timestamp * 1000).toISOString().slice(0, 10);
  const signedHeaders = 'content-type;host;x-tc-action';
  const canonical = [
    'POST',
    '/',
    '',
    `content-type:application/json; charset=utf-8\nhost:${o.host}\nx-tc-action:${o.action.toLowerCase()}\n`,
    signedHeaders,
    sha256hex(o.body),
  ].join('\n');
  const scope = `${date}/${o.service}/tc3_request`;
  const toSign = ['TC3-HMAC-SHA256', String(o.timestamp), scope, sha256hex(canonical)].join('\n');
  const kDate = hmac(`TC3${o.secretKey}`, date);
  const kService = hmac(kDate, o.service);
  const kSigning = hmac(kService, 'tc3_request');
  const signature = crypto.createHmac('sha256', kSigning).update(toSign).digest('hex');
  return `TC3-HMAC-SHA256 Credential=${o.secretId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}

export function tencentSmsProvider(cfg: TencentSmsConfig, now: () => number = () => Date.now()): SmsProvider {
  return {
    async send({ phone, templateId, params }) {
      const host = new URL(cfg.endpoint).host;
      const body = JSON.stringify({
        PhoneNumberSet: [phone.startsWith('+') ? phone : `+86${phone}`],
        SmsSdkAppId: cfg.sdkAppId,
        SignName: cfg.signName,
        TemplateId: templateId,
        TemplateParamSet: params,
      });
      const timestamp = Math.floor(now() / 1000);
      const res = await fetch(cfg.endpoint, {
        method: 'POST',
        headers: {
          Authorization: tc3Authorization({
            ...cfg,
            service: 'sms',
            host,
            action: 'SendSms',
            body,
            timestamp,
          }),
          'Content-Type': 'application/json; charset=utf-8',
          Host: host,
          'X-TC-Action': 'SendSms',
          'X-TC-Timestamp': String(timestamp),
          'X-TC-Version': '2021-01-11',
          'X-TC-Region': cfg.region,
        },
        body,
      });
      const reply = (await res.json().catch(() => ({}))) as {
        Response?: {
          Error?: { Code: string; Message: string };
          SendStatusSet?: { Code: string; Message: string }[];
        };
      };
      const err = reply.Response?.Error;
      if (err) throw new Error(`SendSms ${err.Code}: ${err.Message}`);
      const status = reply.Response?.SendStatusSet?.[0];
      if (!res.ok || !status) throw new Error(`SendSms HTTP ${res.status}`);
      if (status.Code !== 'Ok') throw new Error(`SendSms ${status.Code}: ${status.Message}`);
    },
  };
}

/** The SMS channel: the same three fields as the WeChat message (what, when, note) as template params. */
export function smsSender(provider: SmsProvider, templates: Partial<Record<NoticeKind, string>>): Sender {
  return {
    async send(msg: OutgoingMessage) {
      const templateId = templates[msg.kind];
      if (!templateId) throw new Error(`no SMS template configured for ${msg.kind}`);
      if (!msg.phone) throw new Error('no phone number');
      const d = messageData(msg.kind, msg.payload);
      await provider.send({
        phone: msg.phone,
        templateId,
        params: [d.thing1.value, d.time2.value, d.thing3.value],
      });
    },
  };
}
