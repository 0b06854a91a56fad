import { freePort } from '../../../test/support/ports.js';
import type { ScenarioResult, Row } from '../report.js';
import { startChildNode, type ChildNode } from '../support/child-process.js';
import { compileEntryPoints, workerScriptNodeArgs } from '../support/compile.js';
import { processCpuMs } from '../support/process-cpu.js';
import { CREATE_BODY, runLoad } from '../support/load.js';
import { UNLIMITED_ENV, workerThreadsEnv } from '../support/our-system.js';
import { completionTimes, waitForPostcards } from '../support/postcard-queries.js';
import { redisDelta, redisSnapshot } from '../support/redis-stats.js';
import { scoped, type Scope } from '../support/scope.js';
import { round } from '../support/stats.js';
import type { BenchContext } from './context.js';

/** What one layout (W worker processes behind two APIs) did with N postcards created at once. */
interface Layout {
  readonly workers: number;
  readonly completed: number;
  readonly failed: number;
  readonly perSecond: number;
  /** CPU per postcard, by role: the API processes, the worker processes, redis-server, PostgreSQL's backends. */
  readonly cpuMsPerPostcard: { readonly api: number; readonly workers: number; readonly redis: number; readonly postgres: number };
  /** Each worker process's share of the workers' CPU, to show the work spread. */
  readonly workerCpuShares: readonly number[];
  readonly redisCommandsPerPostcard: number;
}

const APIS = 2;

/** PostgreSQL backends serving the bench database, by pid: the pools of every process under test. */
async function backendPids(ctx: BenchContext): Promise<number[]> {
  const rows = await ctx.db.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [ctx.db.name]);
  return rows.map((r) => r.pid);
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

async function cpuOf(pids: readonly number[]): Promise<Map<number, number>> {
  return new Map(await Promise.all(pids.map(async (pid) => [pid, await processCpuMs(pid)] as const)));
}

async function layout(ctx: BenchContext, scripts: { api: string; worker: string }, workers: number, n: number): Promise<Layout> {
  return scoped(ctx.scope, async (scope: Scope) => {
    await ctx.reset();
    const prefix = ctx.prefix(`s6-w${workers}`);
    const env = (port: number): Record<string, string> => ({
      NODE_ENV: 'production',
      // Production logging and limits, but no API keys: the harness is the only client, on loopback.
      AUTH_MODE: 'open',
      LOG_LEVEL: 'info',
      PORT: String(port),
      HOST: '127.0.0.1',
      METRICS_PORT: 'off',
      DATABASE_URL: ctx.db.url,
      // Within the connection budget (README): PostgreSQL's 100 connections, shared with other databases here,
      // for two APIs and up to four workers; --pool-size 20 in each of six processes ran out ("too many clients").
      DATABASE_POOL_SIZE: String(Math.min(ctx.options.poolSize, Math.floor(48 / (APIS + workers)))),
      REDIS_URL: ctx.redis.url,
      QUEUE_PREFIX: prefix,
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
      WORKER_CONCURRENCY: String(ctx.options.concurrency),
      ...workerThreadsEnv(ctx.options.workerThreads),
      TEXT_PROVIDER: 'simulated',
      IMAGE_PROVIDER: 'simulated',
      CODE_PROVIDER: 'simulated',
      ...UNLIMITED_ENV,
    });
    const ports = await Promise.all(Array.from({ length: APIS }, () => freePort()));
    const apis: ChildNode[] = [];
    for (const port of ports) {
      apis.push(await startChildNode(scope, { script: scripts.api, env: env(port), logPath: ctx.logPath, readyLine: 'API listening' }));
    }
    const nodeArgs = await workerScriptNodeArgs();
    const workerNodes: ChildNode[] = [];
    for (let i = 0; i < workers; i += 1) {
      workerNodes.push(await startChildNode(scope, { script: scripts.worker, nodeArgs, env: env(0), logPath: ctx.logPath, readyLine: 'workers started' }));
    }
    const urls = ports.map((port) => `http://127.0.0.1:${port}/api/v1/postcards/create`);
    const burst = (amount: number) => {
      const each = Math.ceil(amount / urls.length);
      return Promise.all(urls.map((url) => runLoad(scope, { mode: 'closed', url, body: CREATE_BODY, connections: Math.min(50, each), amount: each })));
    };

    // A warm-up opens every pool connection, so the backends measured below are the ones that do the work.
    const warm = await burst(Math.max(20, ctx.options.concurrency));
    await waitForPostcards(ctx.db, sum(warm.map((w) => w.ok)), 120_000);
    await ctx.db.truncate();

    ctx.progress(`6. ${workers} worker process(es), ${APIS} APIs: ${n} postcards at once`);
    const before = await cpuOf([...apis, ...workerNodes].map((c) => c.pid));
    const backends = await cpuOf(await backendPids(ctx));
    const redisBefore = await redisSnapshot(ctx.redis.admin);
    const loads = await burst(n);
    const counts = await waitForPostcards(ctx.db, sum(loads.map((l) => l.ok)), Math.max(180_000, n * 200));
    const redis = redisDelta(redisBefore, await redisSnapshot(ctx.redis.admin));
    const after = await cpuOf([...apis, ...workerNodes].map((c) => c.pid));
    const backendsAfter = await cpuOf([...new Set([...backends.keys(), ...(await backendPids(ctx))])]);
    const times = await completionTimes(ctx.db);

    const spent = (c: ChildNode) => (after.get(c.pid) ?? 0) - (before.get(c.pid) ?? 0);
    const perWorker = workerNodes.map(spent);
    const postgres = sum([...backendsAfter].map(([pid, ms]) => ms - (backends.get(pid) ?? 0)));
    const done = Math.max(1, counts.completed);
    return {
      workers,
      completed: counts.completed,
      failed: counts.failed,
      perSecond: counts.completed / ((times.lastCompleted - times.firstCreated) / 1000),
      cpuMsPerPostcard: { api: sum(apis.map(spent)) / done, workers: sum(perWorker) / done, redis: redis.cpuMs / done, postgres: postgres / done },
      workerCpuShares: perWorker.map((ms) => ms / Math.max(1, sum(perWorker))),
      redisCommandsPerPostcard: redis.commands / done,
    };
  });
}

/** How much one core of each role carries, from CPU per postcard: the paper estimate's inputs. */
function perCore(ms: number): number {
  return ms <= 0 ? Number.POSITIVE_INFINITY : 1000 / ms;
}

/**
 * 6. Horizontal: the same burst through two API processes and 1, 2 and 4
 * worker processes (compiled, started with npm run worker's flags), against
 * one Redis and one PostgreSQL, with CPU per process. On two cores the
 * throughput cannot grow much; the CPU per postcard of each role is what the
 * paper estimate for more hosts is worked out from.
 */
export async function horizontalScenario(ctx: BenchContext): Promise<ScenarioResult> {
  const { n, workerCounts } = ctx.options.sizes.horizontal;
  ctx.progress('6. compiling the entry points (tsconfig.bench.json)');
  const scripts = await compileEntryPoints();
  const layouts: Layout[] = [];
  for (const workers of workerCounts) layouts.push(await layout(ctx, scripts, workers, n));
  const one = layouts[0];
  const rows: Row[] = layouts.flatMap((l) => [
    { metric: `${l.workers} worker process(es): throughput`, unit: 'postcards/s', ours: l.perSecond, baseline: null },
    { metric: `${l.workers} worker process(es): speed-up over ${one?.workers ?? 1}`, unit: '×', ours: one === undefined ? null : l.perSecond / one.perSecond, baseline: null },
    { metric: `${l.workers} worker process(es): CPU, APIs`, unit: 'ms per postcard', ours: l.cpuMsPerPostcard.api, baseline: null },
    { metric: `${l.workers} worker process(es): CPU, workers`, unit: 'ms per postcard', ours: l.cpuMsPerPostcard.workers, baseline: null },
    { metric: `${l.workers} worker process(es): CPU, redis-server`, unit: 'ms per postcard', ours: l.cpuMsPerPostcard.redis, baseline: null },
    { metric: `${l.workers} worker process(es): CPU, PostgreSQL backends`, unit: 'ms per postcard', ours: l.cpuMsPerPostcard.postgres, baseline: null },
  ]);
  const last = layouts.at(-1) ?? one;
  const notes = layouts.map(
    (l) =>
      `${l.workers} worker(s): ${l.completed}/${n} completed, ${l.failed} failed; the workers' CPU split ${l.workerCpuShares.map((s) => `${Math.round(s * 100)}%`).join(' / ')}; ${round(l.redisCommandsPerPostcard)} Redis commands per postcard.`,
  );
  if (last !== undefined) {
    const c = last.cpuMsPerPostcard;
    notes.push(
      `Paper estimate from the ${last.workers}-worker run's CPU per postcard: one core of workers carries ≈ ${round(perCore(c.workers))} postcards/s, of API ≈ ${round(perCore(c.api))}, one redis-server (one core) ≈ ${round(perCore(c.redis))}, PostgreSQL ≈ ${round(perCore(c.postgres))} per core of backends (before fsync limits).`,
      'A Redis Cluster of 3 masters carries what one master does: every key of ours is in the prefix\u2019s one hash slot (ARCHITECTURE.md), so the cluster adds failover, not throughput.',
    );
  }
  return {
    id: 6,
    title: `Horizontal: ${n} postcards at once through ${APIS} APIs and ${workerCounts.join(', ')} worker processes (zero-latency simulated providers, WORKER_CONCURRENCY ${ctx.options.concurrency})`,
    rows,
    notes,
    details: { n, apis: APIS, layouts },
  };
}
