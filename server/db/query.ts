import { getTableName, sql, type Column, type SQL } from 'drizzle-orm';
import type { Executor } from './client';

/**
 * Runs raw SQL and returns its rows. Both drivers (node-postgres and PGlite) answer `{ rows }`;
 * drizzle's shared PgDatabase type does not know which, so the cast lives here, once.
 */
export async function query<T>(db: Executor, q: SQL): Promise<T[]> {
  const result = (await db.execute(q)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * A column of the outer query, written with its table's name, for use inside a correlated subquery:
 * drizzle leaves columns bare in a single-table select, and inside a subquery a bare name binds to
 * the inner table (that once made every staff count 0).
 */
export function outer(column: Column): SQL {
  return sql.raw(`"${getTableName(column.table)}"."${column.name}"`);
}

/**
 * A column's own name, unqualified, where SQL forbids a table prefix: an INSERT column list, an
 * UPDATE's SET target, or after an alias (`r.${bare(registrations.status)}`). Elsewhere `${column}`
 * renders `"table"."column"`.
 */
export function bare(column: Column): SQL {
  return sql.raw(`"${column.name}"`);
}
