import { Client } from 'pg';
import type { BenchDatabase } from './bench-database.js';

/**
 * Counts the SQL statements this process sends, by their first keyword, by
 * wrapping pg's Client#query: Prisma's driver adapter (@prisma/adapter-pg)
 * sends every statement, BEGIN and COMMIT included, through it. The
 * benchmark's own connections are left out. pg_stat_statements would be the
 * server-side way, but it is not loaded on this PostgreSQL.
 */
export interface StatementCounter {
  ignore(client: object): void;
  reset(): void;
  counts(): { readonly total: number; readonly byKind: Readonly<Record<string, number>> };
}

let installed: StatementCounter | undefined;

export function installStatementCounter(): StatementCounter {
  if (installed !== undefined) return installed;
  const ignored = new WeakSet<object>();
  let byKind = new Map<string, number>();
  const original: unknown = Reflect.get(Client.prototype, 'query');
  if (typeof original !== 'function') throw new Error('pg.Client#query is not a function');
  Reflect.set(Client.prototype, 'query', function countedQuery(this: object, ...args: unknown[]): unknown {
    if (!ignored.has(this)) {
      const kind = statementKind(args[0]);
      byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    }
    const result: unknown = Reflect.apply(original, this, args);
    return result;
  });
  installed = {
    ignore: (client) => ignored.add(client),
    reset: () => {
      byKind = new Map();
    },
    counts: () => {
      let total = 0;
      for (const n of byKind.values()) total += n;
      return { total, byKind: Object.fromEntries(byKind) };
    },
  };
  return installed;
}

function statementKind(query: unknown): string {
  const text = typeof query === 'string' ? query : typeof query === 'object' && query !== null && 'text' in query && typeof query.text === 'string' ? query.text : '';
  return /^\s*([A-Za-z]+)/.exec(text)?.[1]?.toUpperCase() ?? 'OTHER';
}

/** PostgreSQL's own per-database counters and the tables' sizes. */
export interface PgSnapshot {
  readonly transactions: number;
  readonly rowsFetched: number;
  readonly rowsInserted: number;
  readonly rowsUpdated: number;
  readonly rowsDeleted: number;
  readonly tableBytes: Readonly<Record<string, number>>;
}

const TABLES = ['postcards', 'step_runs', 'assets'] as const;

/**
 * Reads pg_stat_database for the bench database. Backends publish their
 * counters at most once a second while busy, so callers wait for the system
 * to go idle first.
 */
export async function pgSnapshot(db: BenchDatabase): Promise<PgSnapshot> {
  await db.query('SELECT pg_stat_clear_snapshot()');
  const [stats] = await db.query<{ xact_commit: string; xact_rollback: string; tup_fetched: string; tup_inserted: string; tup_updated: string; tup_deleted: string }>(
    'SELECT xact_commit, xact_rollback, tup_fetched, tup_inserted, tup_updated, tup_deleted FROM pg_stat_database WHERE datname = current_database()',
  );
  if (stats === undefined) throw new Error('no pg_stat_database row for the bench database');
  const sizes = await db.query<{ name: string; bytes: string }>(
    `SELECT name, pg_total_relation_size(name::regclass) AS bytes FROM unnest($1::text[]) AS name`,
    [[...TABLES]],
  );
  return {
    transactions: Number(stats.xact_commit) + Number(stats.xact_rollback),
    rowsFetched: Number(stats.tup_fetched),
    rowsInserted: Number(stats.tup_inserted),
    rowsUpdated: Number(stats.tup_updated),
    rowsDeleted: Number(stats.tup_deleted),
    tableBytes: Object.fromEntries(sizes.map((row) => [row.name, Number(row.bytes)])),
  };
}
