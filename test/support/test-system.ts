import { createServer, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { loadConfig, type Config } from '../../src/platform/config';
import { createLogger } from '../../src/platform/logger';
import { secretValues } from '../../src/platform/secrets';
import { createStepQueues, type StepQueues } from '../../src/pipeline/queues';
import { STEP_NAMES } from '../../src/pipeline/catalog';
import type { Providers } from '../../src/providers/contracts';
import { createApiRuntime, type ApiRuntime } from '../../src/runtime/api-runtime';
import { createServices, type Services } from '../../src/runtime/services';
import { createWorkerRuntime, type WorkerRuntime } from '../../src/runtime/worker-runtime';
import { createTestDatabase, queryDatabase, type TestDatabase } from './postgres';

export interface TestSystem {
  readonly baseUrl: string;
  /** The Express app the server runs (to list its routes). */
  readonly app: ApiRuntime['app'];
  readonly config: Config;
  readonly services: Services;
  readonly database: TestDatabase;
  readonly workers: WorkerRuntime | null;
  readonly queues: StepQueues;
  query<R extends object>(sql: string, params?: unknown[]): Promise<R[]>;
  /** Stops everything and removes this suite's database and queues. */
  close(): Promise<void>;
}

export interface TestSystemOptions {
  readonly env?: Record<string, string>;
  /** Replaces the configured providers (scripted failures, delays). */
  readonly providers?: Providers;
  /** Start the API without workers (to observe PENDING, or to test the API alone). */
  readonly workers?: boolean;
  /** A database the test owns (a private cluster) instead of a clone on the shared one. */
  readonly databaseUrl?: string;
}

/**
 * The real API and real workers in this process, against the real Redis and a
 * PostgreSQL database of the suite's own, with a queue prefix of its own.
 */
export async function startTestSystem(options: TestSystemOptions = {}): Promise<TestSystem> {
  const database: TestDatabase =
    options.databaseUrl === undefined ? await createTestDatabase() : { url: options.databaseUrl, name: 'external', drop: async () => undefined };
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: '5',
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `test-${randomUUID()}`,
    PUBLIC_BASE_URL: baseUrl,
    AI_WORKFLOW_BACKOFF_MS: '100',
    WORKER_CONCURRENCY: '10',
    // In jest the sources are TypeScript, which a worker thread cannot load; processes started from dist/ use threads.
    WORKER_THREADS: '0',
    SHUTDOWN_TIMEOUT: '5',
    ...options.env,
  });
  const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'error', json: false, service: 'test', secrets: secretValues(config) });
  const services = createServices(config, logger, 'test');
  const api: ApiRuntime = await createApiRuntime(services);
  server.on('request', api.app);
  api.attach(server);
  const workers = options.workers === false ? null : createWorkerRuntime(services, options.providers === undefined ? undefined : { providers: options.providers });
  if (workers !== null) await Promise.all(workers.workers.map((w) => w.waitUntilReady()));
  const queues = createStepQueues(services.redis('blocking'), config.queuePrefix, () => undefined);

  return {
    baseUrl,
    app: api.app,
    config,
    services,
    database,
    workers,
    queues,
    query: (sql, params) => queryDatabase(database.url, sql, params),
    async close() {
      await workers?.close(5000);
      // As the entry points do: live clients first, or they hold server.close() open.
      await api.disconnectClients();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await api.close();
      // Every shard's queues too (QUEUE_SHARDS), each a full set under its own prefix.
      const shards = config.queueShards.filter((prefix) => prefix !== config.queuePrefix).map((prefix) => createStepQueues(services.redis('blocking'), prefix, () => undefined));
      for (const set of [queues, ...shards]) {
        for (const step of STEP_NAMES) {
          await set[step].obliterate({ force: true });
          await set[step].close();
        }
      }
      await services.close();
      await database.drop();
    },
  };
}

export async function postJson(baseUrl: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

export async function getJson(baseUrl: string, path: string) {
  const response = await fetch(`${baseUrl}${path}`);
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}
