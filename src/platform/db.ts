import { PrismaPg } from '@prisma/adapter-pg';
import { Pool, type QueryResultRow } from 'pg';
import { PrismaClient } from '../generated/prisma/client.js';

export type Db = PrismaClient;

/**
 * Named prepared statements on the pool Prisma itself uses: for the few
 * statements every step of every postcard runs (the store's step
 * transitions). PostgreSQL plans each once per connection, and the call skips
 * Prisma's query runtime, which cost more CPU per statement than the
 * statement's own round trip (BENCHMARKS.md, "levers"). Prisma stays for
 * everything else, for the schema and for migrations.
 */
const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `text` is written as PostgreSQL's uuid type reads it: anything else sent for a uuid column fails the whole statement. */
export const isUuidText = (text: string): boolean => UUID_TEXT.test(text);

export interface Sql {
  /** `name` identifies the statement's text: one name, one text, for the life of the process. */
  query<R extends QueryResultRow>(name: string, text: string, values: readonly unknown[]): Promise<R[]>;
}

export interface Database {
  readonly db: Db;
  readonly sql: Sql;
  /** Ends Prisma and the pool under it. */
  close(): Promise<void>;
}

export function createDatabase(options: { readonly url: string; readonly poolSize: number; readonly onIdleError?: (error: Error) => void }): Database {
  const pool = new Pool({
    connectionString: options.url,
    max: options.poolSize,
    // Fail fast when PostgreSQL is unreachable instead of queueing requests forever.
    connectionTimeoutMillis: 5000,
  });
  // An idle connection that PostgreSQL drops emits 'error' on the pool; unhandled, that would end the
  // process. The next query simply gets a new connection, so it is only reported. Prisma adds its own
  // listener only once it connects, and raw statements may come first.
  pool.on('error', (error) => options.onIdleError?.(error));
  const db = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  return {
    db,
    sql: {
      async query<R extends QueryResultRow>(name: string, text: string, values: readonly unknown[]) {
        return (await pool.query<R>({ name, text, values: [...values] })).rows;
      },
    },
    async close() {
      await db.$disconnect();
      // $disconnect ends the pool only if Prisma ever connected.
      if (!pool.ended) await pool.end();
    },
  };
}

/** Prisma alone, for tools that never run the pipeline's statements (the keys CLI, the quality script). */
export function createDb(options: { readonly url: string; readonly poolSize: number }): Db {
  return createDatabase(options).db;
}
