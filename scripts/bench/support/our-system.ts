import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PageGate } from '../../../src/pipeline/page-gate.js';
import type { PipelineWorkers } from '../../../src/pipeline/pipeline-workers.js';
import { loadConfig, type Config } from '../../../src/platform/config.js';
import type { Logger } from '../../../src/platform/logger.js';
import type { Providers } from '../../../src/providers/contracts.js';
import { createLocalProviders } from '../../../src/providers/local/index.js';
import { createApiRuntime } from '../../../src/runtime/api-runtime.js';
import { createServices, type Services } from '../../../src/runtime/services.js';
import { createWorkerRuntime } from '../../../src/runtime/worker-runtime.js';
import { JobTimings } from './job-timings.js';
import type { Scope } from './scope.js';

export interface OurSystemOptions {
  readonly redisUrl: string;
  readonly databaseUrl: string;
  readonly prefix: string;
  readonly concurrency: number;
  readonly poolSize: number;
  readonly logger: Logger;
  /** Start the four step workers in this process too (else the API alone). */
  readonly workers: boolean;
  /** WORKER_THREADS; the config's default when unset. */
  readonly workerThreads?: number | undefined;
  /**
   * What the workers call. Absent: the simulated providers with no latency,
   * built from config as a deployment builds them (TEXT_PROVIDER=simulated …),
   * so they work on the runtime's CPU threads (WORKER_THREADS).
   */
  readonly providers?: Providers;
  /** The page gate (UNCHECKED_PAGES to measure without it); the real one when absent. */
  readonly pageGate?: PageGate;
  /** More settings, over the bench's (a cluster's REDIS_CLUSTER_NODES, QUEUE_SHARDS). */
  readonly env?: Readonly<Record<string, string>>;
}

/** Our real API (and optionally our real workers) in this process, as `npm start` wires them. */
export interface OurSystem {
  readonly baseUrl: string;
  readonly config: Config;
  readonly services: Services;
  /** BullMQ's timestamps of every step job our in-process workers completed. */
  readonly timings: JobTimings;
  startWorkers(): Promise<PipelineWorkers>;
}

/** WORKER_THREADS for a process of ours, when the run sets it (--worker-threads). */
export function workerThreadsEnv(threads: number | undefined): Record<string, string> {
  return threads === undefined ? {} : { WORKER_THREADS: String(threads) };
}

/** Production's limits would refuse most of a benchmark's load: it measures the pipeline, not them. */
export const UNLIMITED_ENV = {
  RATE_LIMIT_CREATE_PER_MINUTE: '0',
  RATE_LIMIT_RETRY_PER_MINUTE: '0',
  RATE_LIMIT_CANCEL_PER_MINUTE: '0',
  DAILY_POSTCARD_QUOTA: '0',
  MAX_ACTIVE_POSTCARDS_PER_USER: '0',
  DAILY_BUDGET_USD: '0',
} as const;

/**
 * Providers that answer with one postcard made once, up front, by the local
 * family: no generation per postcard, so what a run costs is the machinery
 * (queues, store, events, logging, the page gate, which still parses and
 * validates every page). The flow baselines' processors do no work either;
 * this is the like-for-like comparison with them.
 */
export async function cannedProviders(): Promise<Providers> {
  const local = createLocalProviders();
  const ctx = { signal: new AbortController().signal };
  const request = { prompt: 'Happy birthday, Lina! Love from all of us in Vienna.', style: null, theme: null };
  const concept = await local.text.concept({ request }, ctx);
  const copy = await local.text.copy({ request, concept }, ctx);
  const image = await local.image.illustrate({ request, concept, copy }, ctx);
  // The page must show the URL the illustration is stored under; identical bytes give one URL, so one page serves.
  const pages = new Map<string, Promise<string>>();
  return {
    text: { name: 'canned', concept: async () => concept, copy: async () => copy },
    image: { name: 'canned', illustrate: async () => image },
    code: {
      name: 'canned',
      render: (input, stepCtx) => {
        let page = pages.get(input.imageUrl);
        if (page === undefined) {
          page = local.code.render({ ...input, concept, copy }, stepCtx);
          pages.set(input.imageUrl, page);
        }
        return page;
      },
    },
  };
}

/**
 * A gate that keeps every page as it is and reports it clean, without parsing
 * or validating it: the benchmark's way to show what the machinery costs
 * without the gate (no setting of the service turns the gate off).
 */
export const UNCHECKED_PAGES: PageGate = {
  check: async (html) => ({
    html,
    problems: [],
    advice: [],
    removed: [],
    navigationRemoved: [],
    quality: { html_errors: 0, html_error_rules: [], accessibility_violations: null, external_resources_removed: [], navigation_removed: [], checked_at: new Date().toISOString() },
  }),
};

export async function startOurSystem(scope: Scope, options: OurSystemOptions): Promise<OurSystem> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const config = loadConfig({
    NODE_ENV: 'production',
    // Production logging and limits, but no API keys: the harness is the only client, on loopback.
    AUTH_MODE: 'open',
    LOG_LEVEL: 'info',
    DATABASE_URL: options.databaseUrl,
    DATABASE_POOL_SIZE: String(options.poolSize),
    REDIS_URL: options.redisUrl,
    QUEUE_PREFIX: options.prefix,
    PUBLIC_BASE_URL: baseUrl,
    WORKER_CONCURRENCY: String(options.concurrency),
    SHUTDOWN_TIMEOUT: '10',
    TEXT_PROVIDER: 'simulated',
    IMAGE_PROVIDER: 'simulated',
    CODE_PROVIDER: 'simulated',
    ...workerThreadsEnv(options.workerThreads),
    ...UNLIMITED_ENV,
    ...options.env,
  });
  const services = createServices(config, options.logger, `bench-${options.prefix}`);
  scope.defer('services (Redis and PostgreSQL connections)', () => services.close());
  const api = await createApiRuntime(services);
  scope.defer('API runtime', () => api.close());
  server.on('request', api.app);
  api.attach(server);
  scope.defer('HTTP server', () => new Promise<void>((resolve, reject) => {
    server.closeAllConnections();
    server.close((error) => (error === undefined ? resolve() : reject(error)));
  }));

  const timings = new JobTimings();
  let workers: PipelineWorkers | null = null;
  const startWorkers = async () => {
    if (workers !== null) return workers;
    const started = createWorkerRuntime(
      services,
      options.providers === undefined ? undefined : { providers: options.providers },
      options.pageGate === undefined ? {} : { pageGate: options.pageGate },
    );
    workers = started;
    scope.defer('workers', () => started.close(10_000));
    timings.observe(started.workers);
    await Promise.all(started.workers.map((w) => w.waitUntilReady()));
    return started;
  };
  if (options.workers) await startWorkers();
  return { baseUrl, config, services, timings, startWorkers };
}
