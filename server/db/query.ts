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

/**
 * Several statements whose rows nobody reads, sent as one: each becomes a CTE of one `WITH`, and the
 * outer select counts every CTE's rows, so each runs to completion (a data-modifying CTE always runs; a
 * plain SELECT of a function runs only as far as it is read). Order within: left to right. Each
 * statement must be one PostgreSQL accepts in `WITH` (SELECT, or INSERT/UPDATE/DELETE … RETURNING), and
 * none may depend on another's writes (they share one snapshot).
 */
export function together(statements: readonly SQL[]): SQL {
  const ctes = statements.map((s, i) => sql`${sql.raw(`w${i}`)} as (${s})`);
  const counts = statements.map((_, i) => sql.raw(`(select count(*) from w${i})`));
  return sql`with ${sql.join(ctes, sql`, `)} select ${sql.join(counts, sql` + `)} as n`;
}
