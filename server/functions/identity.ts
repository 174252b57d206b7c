/**
 * Keys that would claim an identity or a role from the request body. Identity comes only from the
 * platform (getWXContext, the Cloud Hosting header, or a local dev session), so a body that carries
 * one of these is refused outright rather than silently ignored.
 */
const IDENTITY_KEYS = new Set(
  ['openid', '_openid', 'unionid', 'userid', 'user_id', 'uid', 'role', 'roles', 'caller', 'actor', 'appid', 'isadmin', 'isstaff']
);

export function carriesIdentity(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.keys(value).some((k) => IDENTITY_KEYS.has(k.toLowerCase().replace(/-/g, '_')));
}

export interface PlatformIdentity {
  openid: string;
  /** Resolved from a PC 管理台 session (电脑登录), not from the phone or the platform. */
  viaPc?: boolean;
}

/** OPENIDs are 28 chars from WeChat; local demo ids are readable slugs. Anything else is refused. */
export function validOpenid(openid: unknown): openid is string {
  return typeof openid === 'string' && /^[A-Za-z0-9_-]{3,64}$/.test(openid);
}
