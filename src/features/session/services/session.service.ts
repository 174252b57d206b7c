import type { DevPerson, Me } from '@linli/types';
import { call, devHttp } from '@/lib/cloud';

export function fetchMe(): Promise<Me> {
  return call('user', 'me', {});
}

/** Local runtime only: the demo people one may act as. */
export async function fetchDevPeople(): Promise<DevPerson[]> {
  const res = await devHttp<{ people: DevPerson[] }>('GET', '/dev/people');
  return res.people ?? [];
}

/** Local runtime only: a session token for any openid. */
export async function devLogin(openid: string): Promise<string> {
  const res = await devHttp<{ token: string }>('POST', '/dev/login', { openid });
  return res.token;
}
