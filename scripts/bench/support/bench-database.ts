import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Client, type QueryResultRow } from 'pg';
import type { Scope } from './scope.js';

/** The repository root, for migrations and for spawning src/bin/worker.ts. */
export const REPO_ROOT = join(__dirname, '..', '..', '..');

/**
 * A database of the benchmark's own, migrated like `prisma migrate deploy`
 * would (every prisma/migrations/<name>/migration.sql in name order) and
 * dropped at the end, even after a failure.
 */
export interface BenchDatabase {
  readonly name: string;
  readonly url: string;
  /** The benchmark's own connection (its statements are not counted as the system's). */
  readonly client: Client;
  query<R extends QueryResultRow>(sql: string, params?: unknown[]): Promise<R[]>;
  /**
   * Empties the tables between scenarios, then checkpoints, so that the WAL a
   * scenario wrote is not flushed while the next one is being timed (a
   * checkpoint's fsyncs stalled creates by up to 400 ms in one run).
   */
  truncate(): Promise<void>;
  /** Checkpoints PostgreSQL has started so far (timed and requested), to tell whether one fell inside a timed run. */
  checkpoints(): Promise<number>;
  /** Autovacuum and autoanalyze runs on the bench's tables so far (each takes CPU from the same two cores). */
  maintenance(): Promise<number>;
}

export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function createBenchDatabase(scope: Scope, adminUrl: string): Promise<BenchDatabase> {
  const name = `bench_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  scope.defer(`database ${name}`, async () => {
    const dropper = new Client({ connectionString: adminUrl });
    await dropper.connect();
    try {
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await dropper.end();
    }
  });

  const url = databaseUrl(adminUrl, name);
  const client = new Client({ connectionString: url });
  await client.connect();
  scope.defer('benchmark database connection', () => client.end());
  const dir = join(REPO_ROOT, 'prisma', 'migrations');
  const migrations = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const migration of migrations) await client.query(await readFile(join(dir, migration, 'migration.sql'), 'utf8'));

  return {
    name,
    url,
    client,
    query: async <R extends QueryResultRow>(sql: string, params: unknown[] = []) => (await client.query<R>(sql, params)).rows,
    async truncate() {
      await client.query('TRUNCATE step_runs, postcards, assets CASCADE');
      await client.query('CHECKPOINT');
    },
    async checkpoints() {
      // PostgreSQL 17 moved these counters from pg_stat_bgwriter to pg_stat_checkpointer.
      const version = Number((await client.query<{ server_version_num: string }>('SHOW server_version_num')).rows[0]?.server_version_num ?? 0);
      const sql = version >= 170000 ? 'SELECT num_timed + num_requested AS n FROM pg_stat_checkpointer' : 'SELECT checkpoints_timed + checkpoints_req AS n FROM pg_stat_bgwriter';
      const [row] = (await client.query<{ n: string }>(sql)).rows;
      return Number(row?.n ?? 0);
    },
    async maintenance() {
      const [row] = (await client.query<{ n: string }>('SELECT coalesce(sum(autovacuum_count + autoanalyze_count), 0) AS n FROM pg_stat_user_tables')).rows;
      return Number(row?.n ?? 0);
    },
  };
}
