import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/**
 * `column in ('a','b',…)` for a CHECK, from one `as const` list in types/enums.ts. The values are
 * inlined as literals (a CHECK cannot take parameters) and come from code, never from input.
 */
export function oneOf(column: AnyColumn, values: readonly string[]): SQL {
  const list = values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',');
  return sql`${column} in (${sql.raw(list)})`;
}
