import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function adminQuery(sql: string): Promise<void> {
  await withClient(ADMIN_URL, async (c) => {
    await c.query(sql);
  });
}

/** Applies prisma/migrations/*\/migration.sql in order, as `prisma migrate deploy` would. */
export async function applyMigrations(url: string): Promise<void> {
  const dir = join(__dirname, '..', '..', 'prisma', 'migrations');
  const names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  await withClient(url, async (c) => {
    for (const name of names) await c.query(await readFile(join(dir, name, 'migration.sql'), 'utf8'));
  });
}

export async function dropDatabasesWithPrefix(prefix: string): Promise<void> {
  await withClient(ADMIN_URL, async (c) => {
    const { rows } = await c.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${prefix}%`]);
    for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}

export interface TestDatabase {
  readonly url: string;
  readonly name: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database of this suite's own, cloned from the run's template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const runId = process.env.TEST_RUN_ID;
  const template = process.env.TEST_TEMPLATE_DB;
  if (runId === undefined || template === undefined) throw new Error('global-setup did not run');
  const name = `postcard_test_${runId}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  return {
    url: databaseUrl(name),
    name,
    drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

/** Runs one query against a test database, outside the code under test. */
export async function queryDatabase<R extends object>(url: string, sql: string, params: unknown[] = []): Promise<R[]> {
  return withClient(url, async (c) => (await c.query<R>(sql, params)).rows);
}
