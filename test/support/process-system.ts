import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { freePort } from './ports';
import { createTestDatabase, queryDatabase, type TestDatabase } from './postgres';
import { startServiceProcess, type ServiceProcess } from './worker-process';

/**
 * A database, a queue prefix and a port of a suite's own, for entry points
 * run as OS processes (signals, exit codes and ports are the process's own).
 */
export interface ProcessSystem {
  readonly baseUrl: string;
  readonly prefix: string;
  /** What every process of this system needs; add to it per process. */
  readonly env: Readonly<Record<string, string>>;
  /** A connection for the test itself (PUBLISH, inspecting keys). */
  readonly redis: Redis;
  query<R extends object>(sql: string, params?: unknown[]): Promise<R[]>;
  /** Runs `src/bin/api.ts` on this system's port. */
  startApi(extra?: Record<string, string>): Promise<ServiceProcess>;
  /** Removes the suite's keys and database (stop the processes first). */
  close(): Promise<void>;
}

export async function createProcessSystem(): Promise<ProcessSystem> {
  const database: TestDatabase = await createTestDatabase();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const prefix = `test-${randomUUID()}`;
  const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const redis = new Redis(redisUrl);
  const env = {
    DATABASE_URL: database.url,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: prefix,
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_BASE_URL: baseUrl,
    AI_WORKFLOW_BACKOFF_MS: '100',
  };
  return {
    baseUrl,
    prefix,
    env,
    redis,
    query: (sql, params) => queryDatabase(database.url, sql, params),
    startApi: (extra = {}) => startServiceProcess('api', 'src/bin/api.ts', { ...env, ...extra }, 'API listening'),
    async close() {
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
      await database.drop();
    },
  };
}
