/**
 * Many rows in one statement with one parameter: the rows travel as a JSON array and PostgreSQL
 * unpacks them (jsonb_to_recordset). Thousands of bound parameters are slow on PGlite; one is not.
 * Columns and their types come from the drizzle table, never written by hand.
 */
import { getTableColumns, sql, type Table } from 'drizzle-orm';
import type { Executor } from '../db/client';

export async function insertJsonRows<T extends Table>(db: Executor, table: T, rows: T['$inferInsert'][], batch = 5000): Promise<void> {
  if (rows.length === 0) return;
  const cols = Object.entries(getTableColumns(table)).filter(([key]) => key in (rows[0] as object));
  const names = cols.map(([, c]) => `"${c.name}"`).join(', ');
  const shape = cols.map(([, c]) => `"${c.name}" ${c.getSQLType()}`).join(', ');
  for (let i = 0; i < rows.length; i += batch) {
    const json = JSON.stringify(
      rows.slice(i, i + batch).map((r) => Object.fromEntries(cols.map(([key, c]) => [c.name, (r as Record<string, unknown>)[key] ?? null]))),
    );
    await db.execute(
      sql`insert into ${table} (${sql.raw(names)}) select ${sql.raw(names)} from jsonb_to_recordset(${json}::jsonb) as x(${sql.raw(shape)})`,
    );
  }
}
