/** Evidence links the server accepts: https://, cloud:// (WeChat cloud storage) or a local /path. */
export function validEvidenceUrl(url: string): boolean {
  const u = url.trim();
  return u.length <= 500 && /^(https:\/\/|cloud:\/\/|\/)/.test(u);
}
