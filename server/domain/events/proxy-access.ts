/**
 * Who may act on a registration they made for someone else (`proxy_by`), and for how long.
 * - A relative (家人代办) acts through the family link: the access ends when the link ends.
 * - A grid worker (代报名) acts for an offline elder: the access ends when the family claims the
 *   registration (the holder is then a person with their own WeChat, who acts for themselves).
 * What the proxy did stays recorded either way (`proxy_by`, shown as "由 … 代报名").
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { bare, outer, query } from '../../db/query';
import { familyLinks, registrations, users } from '../../db/schema';

export async function mayActAsProxy(
  db: Executor,
  communityId: string,
  registrationId: string,
  userId: string,
): Promise<boolean> {
  const rows = await query<{ ok: number }>(
    db,
    sql`select 1 as ok from ${registrations} join ${users} on ${outer(users.id)} = ${outer(registrations.userId)}
      where ${outer(registrations.communityId)} = ${communityId} and ${outer(registrations.id)} = ${registrationId}
        and ${outer(registrations.proxyBy)} = ${userId}
        and (${outer(users.offline)} or exists (select 1 from ${familyLinks} l
          where l.${bare(familyLinks.communityId)} = ${outer(registrations.communityId)} and l.${bare(familyLinks.elderId)} = ${outer(registrations.userId)}
            and l.${bare(familyLinks.helperId)} = ${userId}))`,
  );
  return rows.length > 0;
}
