import { z } from 'zod';
import { GenerationEnvShape, generationSettings, type GenerationSettings } from './generation-settings.js';
import { ProviderEnvShape, providerProblems, providerSettings, rateLimitShardProblems, type ProviderSettings } from './provider-settings.js';
import { AuthEnvShape, authProblems, authSettings, type AuthSettings } from './auth-settings.js';
import { LimitEnvShape, limitSettings, type LimitSettings } from './limit-settings.js';
import { parseTrustProxy, type TrustProxy } from './trust-proxy.js';
import { clusterProblems, RedisClusterEnvShape, type RedisNatMap, type RedisNode } from './redis-cluster-settings.js';

export type { ProviderName, ProviderRole, ProviderSettings } from './provider-settings.js';
export type { GenerationSettings } from './generation-settings.js';
export type { AuthMode, AuthSettings } from './auth-settings.js';
export type { LimitSettings } from './limit-settings.js';
export type { TrustProxy } from './trust-proxy.js';
export type { RedisNatMap, RedisNode } from './redis-cluster-settings.js';

/**
 * The only place that reads the environment. Every entry point calls
 * `loadConfig(process.env)` once at boot; everything else receives the frozen
 * result. Defaults here match `.env.example`.
 */

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** DNS labels or an IP: the URL parser takes "*.example.com" as a host, but no browser sends a wildcard as its Origin. */
const ORIGIN_HOST = /^(\[[0-9a-f:.]+\]|[a-z0-9-]+(\.[a-z0-9-]+)*)$/i;

/**
 * "https://a.example, http://localhost:5173" → its origins; a path, a query or another scheme is refused.
 * "*" alone: any origin (`any`), and alone only, since it would make any list beside it meaningless.
 */
function originList(value: string, ctx: z.RefinementCtx): { any: boolean; origins: string[] } {
  const items = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (items.includes('*')) {
    if (items.length > 1) ctx.addIssue({ code: 'custom', message: '"*" (any origin) must stand alone, not beside other origins' });
    return { any: true, origins: [] };
  }
  const origins: string[] = [];
  for (const item of items) {
    const url = URL.canParse(item) ? new URL(item) : undefined;
    if (url === undefined || !ORIGIN_HOST.test(url.hostname) || !/^https?:$/.test(url.protocol) || url.origin !== item.replace(/\/$/, '')) {
      ctx.addIssue({ code: 'custom', message: `"${item}" is not an origin such as https://app.example.com (scheme, host and port only)` });
      continue;
    }
    origins.push(url.origin);
  }
  return { any: false, origins };
}

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Loopback by default: open mode must not be reachable from other machines by accident (auth-settings.ts). */
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: int(0, 65535).default(8001),
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  PREVIEW_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// connection string')
    .default('postgresql://postgres@127.0.0.1:5432/postcards'),
  DATABASE_POOL_SIZE: int(1, 500).default(10),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .default('redis://127.0.0.1:6379'),
  /** The design document's separate password; used when REDIS_URL carries none. */
  REDIS_PASSWORD: z.string().min(1).max(512).optional(),
  LOG_LEVEL: z.enum(['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly']).default('info'),
  AI_WORKFLOW_TIMEOUT: int(1, 86_400).default(300),
  AI_WORKFLOW_RETRY_COUNT: int(1, 20).default(3),
  AI_WORKFLOW_BACKOFF_MS: int(0, 600_000).default(2000),
  WORKER_CONCURRENCY: int(1, 1000).default(10),
  // 0 by default: on the one- and two-core hosts workers usually get, a thread cost throughput and 50 MB (BENCHMARKS.md).
  WORKER_THREADS: int(0, 64).default(0),
  SHUTDOWN_TIMEOUT: int(0, 3600).default(30),
  KEEP_COMPLETED_JOBS: int(0, 1_000_000).default(1000),
  KEEP_FAILED_JOBS: int(0, 1_000_000).default(5000),
  /** true, false, a hop count or subnets, as Express's `trust proxy` (trust-proxy.ts). */
  TRUST_PROXY: z.string().transform(parseTrustProxy).default(false),
  /** Other origins (a web front end elsewhere) whose pages may call the API; comma-separated, or "*" for any. */
  CORS_ORIGINS: z.string().transform(originList).default({ any: false, origins: [] }),
  EVENTS_TTL_SECONDS: int(60, 30 * 86_400).default(86_400),
  SSE_HEARTBEAT_SECONDS: int(1, 300).default(15),
  /** Open SSE streams and WebSockets one API process holds, in all and per client address. */
  STREAM_MAX_CONNECTIONS: int(1, 1_000_000).default(10_000),
  STREAM_MAX_CONNECTIONS_PER_CLIENT: int(1, 100_000).default(50),
  /** A stream that delivered no event and (WebSocket) received no message for this long is closed. */
  STREAM_IDLE_TIMEOUT_SECONDS: int(1, 86_400).default(300),
  /** Unset: the default port, or a free one if another process holds it. A number is that port exactly (0: any free port). */
  METRICS_PORT: z.union([z.literal('off'), int(0, 65535)], { error: 'a port (0-65535; 0: any free one) or off' }).optional(),
  ADMIN_USER: z.string().min(1).max(200).optional(),
  ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').max(200).optional(),
  ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').max(500).optional(),
  /** Writable only when set to false and ADMIN_USER/ADMIN_PASSWORD or ADMIN_TOKEN are configured too. */
  BULL_BOARD_READONLY: z.stringbool().default(true),
  /** Wrong admin credentials one client address may send per minute before it gets 429. */
  ADMIN_LOGIN_MAX_FAILURES: int(1, 10_000).default(10),
  LOG_PROMPT_MAX_CHARS: int(0, 100_000).default(200),
  IDEMPOTENCY_TTL_SECONDS: int(60, 30 * 86_400).default(86_400),
  RECONCILE_INTERVAL_SECONDS: int(0, 3600).default(30),
  STUCK_AFTER_SECONDS: int(10, 86_400).default(120),
  JOB_LOCK_DURATION_MS: int(1000, 600_000).default(30_000),
  STALLED_INTERVAL_MS: int(1000, 600_000).default(15_000),
  MAX_STALLED_COUNT: int(1, 100).default(3),
  ...ProviderEnvShape,
  ...GenerationEnvShape,
  ...AuthEnvShape,
  ...LimitEnvShape,
  ...RedisClusterEnvShape,
});

/** Every variable the service reads; `.env.example` must document each (a unit test checks). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(EnvSchema.shape);

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly http: {
    readonly host: string;
    readonly port: number;
    readonly publicBaseUrl: string;
    /**
     * The origin previews are served and linked from, on a host of its own, so
     * that a generated page never shares the API's origin; null: previews are
     * served on the API's host, sandboxed by their CSP alone.
     */
    readonly previewBaseUrl: string | null;
    /** Which X-Forwarded-* hops to believe (TRUST_PROXY), so a client cannot name its own address to dodge the limits. */
    readonly trustProxy: TrustProxy;
    /** Origins besides PUBLIC_BASE_URL's whose pages may call the API (CORS) and send state-changing requests (CSRF check). */
    readonly corsOrigins: readonly string[];
    /** CORS_ORIGINS=*: any origin may call the public API, with an API key it sets itself and never with ambient credentials (cors-policy.ts). */
    readonly corsAnyOrigin: boolean;
  };
  readonly databaseUrl: string;
  readonly databasePoolSize: number;
  /** A single Redis; with a cluster, only its credentials and scheme (rediss:// for TLS), which every node shares. */
  readonly redisUrl: string;
  /** REDIS_CLUSTER_NODES' seed nodes; null: a single Redis at redisUrl. */
  readonly redisClusterNodes: readonly RedisNode[] | null;
  /** REDIS_CLUSTER_NAT_MAP: where to reach a node announced at another address; null: dial what the cluster announces. */
  readonly redisClusterNatMap: RedisNatMap | null;
  /** Begins every Redis key; with a cluster it carries a {hash tag}, so that BullMQ's flows stay in one slot. */
  readonly queuePrefix: string;
  /**
   * QUEUE_SHARDS' prefixes, one per set of step queues (and its postcards'
   * event logs, and the step cache's entries by digest); [queuePrefix] by
   * default. The keys shared by the whole deployment (cache statistics,
   * locks, limits, the control channel) stay on queuePrefix.
   */
  readonly queueShards: readonly string[];
  readonly logLevel: string;
  readonly pipeline: {
    /** Whole-postcard deadline, in milliseconds. */
    readonly timeoutMs: number;
    readonly attempts: number;
    readonly backoffMs: number;
    readonly concurrency: number;
    /** Worker threads for a worker process's CPU-bound work (src/providers/cpu/cpu-pool.ts); 0: on the event loop. */
    readonly workerThreads: number;
    readonly keepCompletedJobs: number;
    readonly keepFailedJobs: number;
  };
  readonly shutdownTimeoutMs: number;
  readonly events: { readonly ttlSeconds: number; readonly heartbeatMs: number };
  /** Limits of the live streams (SSE and WebSocket together), per API process. */
  readonly streams: { readonly maxConnections: number; readonly maxConnectionsPerClient: number; readonly idleTimeoutMs: number };
  /** Where a worker process serves its own /metrics. */
  readonly metricsPort: MetricsPort;
  readonly admin: {
    /** Basic-auth credentials or a bearer token for Bull Board; none means open in development and disabled in production. */
    readonly user: string | undefined;
    readonly password: string | undefined;
    readonly token: string | undefined;
    /** BULL_BOARD_READONLY as set; the runtime keeps the board read-only without credentials whatever it says. */
    readonly readOnly: boolean;
    /** Failed admin logins per client address and minute before 429. */
    readonly loginMaxFailures: number;
  };
  readonly logPromptMaxChars: number;
  readonly idempotencyTtlMs: number;
  readonly reliability: {
    /** How often the reconciler looks for stuck or overdue postcards; 0 turns it off. */
    readonly reconcileIntervalMs: number;
    /** An active postcard whose jobs have vanished for this long is re-enqueued. */
    readonly stuckAfterMs: number;
    readonly lockDurationMs: number;
    readonly stalledIntervalMs: number;
    /** How often one job may lose its worker (crash, hang) before it fails: a job that keeps killing workers is poison. */
    readonly maxStalledCount: number;
  };
  readonly providers: ProviderSettings;
  readonly generation: GenerationSettings;
  readonly auth: AuthSettings;
  /** Rate limits, daily quotas, the active cap and the daily budget; 0 is off. */
  readonly limits: LimitSettings;
}

/** The worker's default /metrics port (the OpenTelemetry Prometheus exporter's). */
export const DEFAULT_METRICS_PORT = 9464;

/**
 * `off`: no metrics server. `listen`: that port (0: any free one); with
 * `fallback` (METRICS_PORT unset) a port another process holds is traded for
 * a free one, so that several workers on one host all start; an explicit port
 * that is taken stops the worker.
 */
export type MetricsPort = { readonly kind: 'off' } | { readonly kind: 'listen'; readonly port: number; readonly fallback: boolean };

function metricsPort(value: 'off' | number | undefined): MetricsPort {
  if (value === 'off') return { kind: 'off' };
  return value === undefined ? { kind: 'listen', port: DEFAULT_METRICS_PORT, fallback: true } : { kind: 'listen', port: value, fallback: false };
}

/** Thrown at boot when the environment is invalid; the message names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** REDIS_URL with REDIS_PASSWORD filled in, unless the URL has a password of its own. */
function redisUrlWithPassword(url: string, password: string | undefined): string {
  if (password === undefined) return url;
  const parsed = new URL(url);
  if (parsed.password !== '') return url;
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

/** `today` decides which registry models count as shut down; injectable for tests. */
export function loadConfig(env: Record<string, string | undefined>, today: Date = new Date()): Config {
  // Empty strings mean "unset", as in a .env file with `KEY=`.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${String(issue.path[0] ?? '(env)')}: ${issue.message}`),
    );
  }
  const e = parsed.data;
  const problems = [...providerProblems(e, today), ...authProblems(e)];
  if ((e.ADMIN_USER === undefined) !== (e.ADMIN_PASSWORD === undefined)) {
    problems.push(`${e.ADMIN_USER === undefined ? 'ADMIN_USER' : 'ADMIN_PASSWORD'}: ADMIN_USER and ADMIN_PASSWORD go together`);
  }
  const publicBaseUrl = (e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  const previewBaseUrl = e.PREVIEW_BASE_URL?.replace(/\/+$/, '') ?? null;
  // The service tells previews from API calls by the Host a request names: one host cannot be both.
  if (previewBaseUrl !== null && new URL(previewBaseUrl).host === new URL(publicBaseUrl).host) {
    problems.push(`PREVIEW_BASE_URL: must name another host than PUBLIC_BASE_URL (${new URL(publicBaseUrl).host}), or stay unset`);
  }
  const cluster = clusterProblems(e);
  problems.push(...cluster.problems, ...rateLimitShardProblems(e, cluster.queueShards.length));
  if (problems.length > 0) throw new ConfigError(problems);
  const auth = authSettings(e);
  const config: Config = {
    env: e.NODE_ENV,
    http: {
      host: e.HOST,
      port: e.PORT,
      publicBaseUrl,
      previewBaseUrl,
      trustProxy: e.TRUST_PROXY,
      corsOrigins: e.CORS_ORIGINS.origins,
      corsAnyOrigin: e.CORS_ORIGINS.any,
    },
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    redisUrl: redisUrlWithPassword(e.REDIS_URL, e.REDIS_PASSWORD),
    redisClusterNodes: cluster.nodes,
    redisClusterNatMap: cluster.natMap,
    queuePrefix: cluster.queuePrefix,
    queueShards: cluster.queueShards,
    logLevel: e.LOG_LEVEL,
    pipeline: {
      timeoutMs: e.AI_WORKFLOW_TIMEOUT * 1000,
      attempts: e.AI_WORKFLOW_RETRY_COUNT,
      backoffMs: e.AI_WORKFLOW_BACKOFF_MS,
      concurrency: e.WORKER_CONCURRENCY,
      workerThreads: e.WORKER_THREADS,
      keepCompletedJobs: e.KEEP_COMPLETED_JOBS,
      keepFailedJobs: e.KEEP_FAILED_JOBS,
    },
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT * 1000,
    events: { ttlSeconds: e.EVENTS_TTL_SECONDS, heartbeatMs: e.SSE_HEARTBEAT_SECONDS * 1000 },
    streams: {
      maxConnections: e.STREAM_MAX_CONNECTIONS,
      maxConnectionsPerClient: e.STREAM_MAX_CONNECTIONS_PER_CLIENT,
      idleTimeoutMs: e.STREAM_IDLE_TIMEOUT_SECONDS * 1000,
    },
    metricsPort: metricsPort(e.METRICS_PORT),
    admin: {
      user: e.ADMIN_USER,
      password: e.ADMIN_PASSWORD,
      token: e.ADMIN_TOKEN,
      readOnly: e.BULL_BOARD_READONLY,
      loginMaxFailures: e.ADMIN_LOGIN_MAX_FAILURES,
    },
    logPromptMaxChars: e.LOG_PROMPT_MAX_CHARS,
    idempotencyTtlMs: e.IDEMPOTENCY_TTL_SECONDS * 1000,
    reliability: {
      reconcileIntervalMs: e.RECONCILE_INTERVAL_SECONDS * 1000,
      stuckAfterMs: e.STUCK_AFTER_SECONDS * 1000,
      lockDurationMs: e.JOB_LOCK_DURATION_MS,
      stalledIntervalMs: e.STALLED_INTERVAL_MS,
      maxStalledCount: e.MAX_STALLED_COUNT,
    },
    providers: providerSettings(e),
    generation: generationSettings(e),
    auth,
    limits: limitSettings(e, auth.mode),
  };
  return deepFreeze(config);
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child !== null && typeof child === 'object') deepFreeze(child);
  }
  return Object.freeze(value);
}
