import { defineConfig } from 'drizzle-kit';

/** Migrations are generated offline from the schema: `npm run db:generate`. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/db/schema.ts',
  out: './server/db/migrations',
});
