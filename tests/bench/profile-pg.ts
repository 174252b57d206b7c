/**
 * The router's sign-up on PostgreSQL in-process, 50 in flight, for a CPU profile of the Node side:
 * `node --import tsx --cpu-prof tests/bench/profile-pg.ts`. A diagnostic, not part of `npm run bench`.
 */
import { openDatabase } from '../../server/db/client';
import { migrate } from '../../server/db/migrate';
import { clearActorCache } from '../../server/functions/actors';
import { dispatch } from '../../server/functions/router';
import { seedDemo } from '../../server/seed/seed';
import { addEvent, addResidents, C } from './fixtures';
import { createPgDatabase, pool } from './lib';

async function main() {
  const pg = await createPgDatabase();
  try {
    const d = await openDatabase({ url: pg.url });
    await migrate(d);
    await seedDemo(d.db);
    const ids = await addResidents(d.db, 'pp', 5000);
    await addEvent(d.db, 'pp-ev', 600);
    clearActorCache();
    const t0 = performance.now();
    await pool([...ids.keys()], 50, async (o) => {
      const r = await dispatch(
        { db: d.db },
        'events',
        { action: 'signup', data: { communityId: C, eventId: 'pp-ev', partySize: 1 }, requestKey: `pp-${o}` },
        { openid: o },
      );
      if (!r.reply.ok) throw new Error(JSON.stringify(r.reply));
    });
    console.log(`${(5000 / ((performance.now() - t0) / 1000)).toFixed(0)} sign-ups/s`);
    await d.close();
  } finally {
    await pg.drop();
  }
}
void main();
