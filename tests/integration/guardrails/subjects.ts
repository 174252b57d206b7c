/** The callers of the role matrix: one per role (holding only that role), nobody, and an outsider. */
import { sql } from 'drizzle-orm';
import type { Role } from '@linli/types';
import type { Db } from '../../../server/db/client';
import { query } from '../../../server/db/query';

export const C = 'bijiqiao';
export type Subject = Role | 'none' | 'outsider';
export const SUBJECTS: Subject[] = ['resident', 'volunteer', 'grid_worker', 'staff', 'committee', 'merchant', 'admin', 'none', 'outsider'];
export const openidOf = (s: Subject) => (s === 'none' ? null : `mx-${s}`);

export async function createSubjects(db: Db): Promise<void> {
  // The platform operator is deployment configuration: only the all-roles caller is one here, so the
  // matrix shows that no community role opens the operator's actions, and the bad-input and retry
  // tests reach the operator's handlers.
  process.env.LINLI_OPERATORS = 'mx-super';
  await query(db, sql`insert into communities (id, name, district, street) values ('other', '光华社区', '青羊区', '光华街道') on conflict do nothing`);
  for (const s of SUBJECTS) {
    const openid = openidOf(s);
    if (!openid) continue;
    const community = s === 'outsider' ? 'other' : C;
    const [u] = await query<{ id: string }>(
      db,
      sql`insert into users (openid, nickname, name, birth_year) values (${openid}, ${openid}, ${openid}, 1950) returning id`,
    );
    await query(db, sql`insert into members (community_id, user_id) values (${community}, ${u.id})`);
    if (s !== 'resident' && s !== 'outsider') {
      await query(db, sql`insert into member_roles (community_id, user_id, role) values (${community}, ${u.id}, ${s})`);
    }
  }
  // One caller holding every role, for tests where access must not get in the way.
  const [su] = await query<{ id: string }>(db, sql`insert into users (openid, nickname, birth_year) values ('mx-super', '全能', 1950) returning id`);
  await query(db, sql`insert into members (community_id, user_id) values (${C}, ${su.id})`);
  for (const role of ['volunteer', 'grid_worker', 'staff', 'committee', 'merchant', 'admin']) {
    await query(db, sql`insert into member_roles (community_id, user_id, role) values (${C}, ${su.id}, ${role})`);
  }
}
