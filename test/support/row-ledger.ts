import { z } from 'zod';

/**
 * Which rows a group of requests sent together wrote, for tests that check
 * that rejected requests write nothing. Every row of the tables a request
 * could write is fingerprinted (md5 of the whole row) with its owner: the
 * postcard it belongs to, or the key or user itself. A row added, changed or
 * removed between two snapshots must belong to something an accepted request
 * of the group named in its response (a created postcard's task_id, a new
 * key's id and user_id, the postcard a cancel or retry answered about);
 * anything else was written by a request that was refused.
 */

const TABLES = [
  { table: 'postcards', id: 'task_id::text', owner: 'task_id::text' },
  { table: 'step_runs', id: 'id::text', owner: 'task_id::text' },
  { table: 'idempotency_keys', id: 'key', owner: 'task_id::text' },
  { table: 'api_keys', id: 'id', owner: 'id' },
  { table: 'users', id: 'id::text', owner: 'id::text' },
] as const;

const SNAPSHOT_SQL = TABLES.map(({ table, id, owner }) => `SELECT '${table}' AS t, ${id} AS id, ${owner} AS owner, md5(r::text) AS h FROM ${table} r`).join(' UNION ALL ');

const RowSchema = z.object({ t: z.string(), id: z.string(), owner: z.string(), h: z.string() });
type Row = z.infer<typeof RowSchema>;

export type Snapshot = ReadonlyMap<string, Row>;

/** `query` runs SQL on the suite's database: the app's own pool (Prisma's $queryRawUnsafe), not a connection per snapshot. */
export async function snapshot(query: (sql: string) => Promise<unknown>): Promise<Snapshot> {
  const rows = z.array(RowSchema).parse(await query(SNAPSHOT_SQL));
  return new Map(rows.map((row) => [`${row.t}:${row.id}`, row]));
}

/** The rows that differ between `before` and `after`, each as `table:id (owner)`. */
export function changedRows(before: Snapshot, after: Snapshot): Row[] {
  const changed: Row[] = [];
  for (const [key, row] of after) if (before.get(key)?.h !== row.h) changed.push(row);
  for (const [key, row] of before) if (!after.has(key)) changed.push(row);
  return changed;
}

/** The ids an accepted response names at its top level (task_id, id, user_id): the rows it may have written. */
export function ownersNamedBy(body: unknown): string[] {
  if (typeof body !== 'object' || body === null) return [];
  return Object.entries(body)
    .filter(([key, value]) => ['task_id', 'id', 'user_id'].includes(key) && typeof value === 'string')
    .map(([, value]) => String(value));
}
