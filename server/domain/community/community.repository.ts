import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { communities, estates } from '../../db/schema';

export async function findCommunity(db: Executor, id: string) {
  const [row] = await db.select().from(communities).where(eq(communities.id, id)).limit(1);
  return row;
}

export async function listCommunities(db: Executor) {
  return db.select().from(communities).orderBy(asc(communities.name)).limit(200);
}

export async function listEstates(db: Executor, communityId: string) {
  return db.select().from(estates).where(eq(estates.communityId, communityId)).orderBy(asc(estates.id));
}
