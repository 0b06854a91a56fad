import type { ScenarioResult } from '../report.js';
import { freePort } from '../../../test/support/ports.js';
import { profileArgs, startChildNode } from '../support/child-process.js';
import { compileEntryPoints } from '../support/compile.js';
import { CREATE_BODY, runLoad, type LoadResult } from '../support/load.js';
import { scoped, type Scope } from '../support/scope.js';
import { UNLIMITED_ENV } from '../support/our-system.js';
import type { BenchContext } from './context.js';

interface Run {
  readonly paced: LoadResult;
  readonly saturated: LoadResult;
  /** PostgreSQL checkpoints that started during the fixed-rate run (their fsyncs can stall commits). */
  readonly checkpointsDuringPaced: number;
  /** Autovacuum and autoanalyze runs that finished during it. */
  readonly maintenanceDuringPaced: number;
  /** The API process's own longest event-loop delay during it, in ms (ours only: from its /metrics). */
  readonly apiLoopDelayMaxMs: number | null;
}

/** Our API's /metrics: prom-client reports the longest event-loop delay since its last scrape, then resets it. */
const ADMIN_TOKEN = 'bench-admin-token-0123456789';
async function loopDelayMaxMs(metricsUrl: string): Promise<number | null> {
  const res = await fetch(metricsUrl, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  const match = /^nodejs_eventloop_lag_max_seconds(?:\{[^}]*\})? ([0-9.e+-]+)$/m.exec(await res.text());
  return match?.[1] === undefined ? null : Math.round(Number(match[1]) * 10_000) / 10;
}

function slowest(result: LoadResult): string {
  return (result.slowest ?? []).slice(0, 5).map((s) => `${s.dueMs}→${s.latencyMs}`).join(', ');
}

/** Warm-up, then the same two loads against either endpoint. */
async function measure(ctx: BenchContext, scope: Scope, url: string, who: string, metricsUrl?: string): Promise<Run> {
  const { rate, seconds, saturationConnections, warmupRequests } = ctx.options.sizes.create;
  await runLoad(scope, { mode: 'closed', url, body: CREATE_BODY, connections: 10, amount: warmupRequests });
  ctx.progress(`3. ${who}: ${rate} req/s for ${seconds} s`);
  const checkpointsBefore = await ctx.db.checkpoints();
  const maintenanceBefore = await ctx.db.maintenance();
  if (metricsUrl !== undefined) await loopDelayMaxMs(metricsUrl);
  const paced = await runLoad(scope, { mode: 'open', url, body: CREATE_BODY, rate, durationSeconds: seconds });
  const apiLoopDelayMaxMs = metricsUrl === undefined ? null : await loopDelayMaxMs(metricsUrl);
  const checkpointsDuringPaced = (await ctx.db.checkpoints()) - checkpointsBefore;
  const maintenanceDuringPaced = (await ctx.db.maintenance()) - maintenanceBefore;
  ctx.progress(`3. ${who}: saturation, ${saturationConnections} connections for ${seconds} s`);
  const saturated = await runLoad(scope, { mode: 'closed', url, body: CREATE_BODY, connections: saturationConnections, durationSeconds: seconds });
  return { paced, saturated, checkpointsDuringPaced, maintenanceDuringPaced, apiLoopDelayMaxMs };
}


/**
 * 3. Create latency: POST /api/v1/postcards/create on `npm run api` (compiled,
 * in its own process) against a bare express endpoint doing one
 * FlowProducer.add, also in its own process. Workers are off in both, so the
 * numbers are the API's alone (queued flows simply wait in Redis).
 */
export async function createLatencyScenario(ctx: BenchContext): Promise<ScenarioResult> {
  const { rate, seconds, saturationConnections } = ctx.options.sizes.create;
  ctx.progress('3. compiling the API entry points (tsconfig.bench.json)');
  const scripts = await compileEntryPoints();
  const base = await scoped(ctx.scope, async (scope) => {
    await ctx.reset();
    const port = await freePort();
    await startChildNode(scope, {
      script: scripts.bareApi,
      nodeArgs: profileArgs(ctx.options.cpuProfDir, 's3-bare-api'),
      args: [JSON.stringify({ redisUrl: ctx.redis.url, prefix: ctx.prefix('s3-base'), port })],
      env: {},
      logPath: ctx.logPath,
      readyLine: 'listening',
    });
    return measure(ctx, scope, `http://127.0.0.1:${port}/create`, 'baseline');
  });
  const our = await scoped(ctx.scope, async (scope) => {
    await ctx.reset();
    const port = await freePort();
    await startChildNode(scope, {
      script: scripts.api,
      nodeArgs: [...ctx.options.apiNodeArgs, ...profileArgs(ctx.options.cpuProfDir, 's3-ours-api')],
      env: {
        NODE_ENV: 'production',
        // Production logging and limits, but no API keys: the harness is the only client, on loopback.
        AUTH_MODE: 'open',
        LOG_LEVEL: 'info',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: ctx.db.url,
        DATABASE_POOL_SIZE: String(ctx.options.poolSize),
        REDIS_URL: ctx.redis.url,
        QUEUE_PREFIX: ctx.prefix('s3-ours'),
        PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
        ADMIN_TOKEN,
        ...UNLIMITED_ENV,
      },
      logPath: ctx.logPath,
      readyLine: 'API listening',
    });
    return measure(ctx, scope, `http://127.0.0.1:${port}/api/v1/postcards/create`, 'ours', `http://127.0.0.1:${port}/metrics`);
  });
  return {
    id: 3,
    title: `Create latency (POST /create; each API in its own process, compiled; workers off; load generator in its own process)`,
    rows: [
      { metric: `at ${rate} req/s: throughput`, unit: 'req/s', ours: our.paced.rate, baseline: base.paced.rate },
      { metric: `at ${rate} req/s: p50`, unit: 'ms', ours: our.paced.latency.p50, baseline: base.paced.latency.p50 },
      { metric: `at ${rate} req/s: p99`, unit: 'ms', ours: our.paced.latency.p99, baseline: base.paced.latency.p99, target: { kind: 'max', value: 25, label: 'p99 < 25 ms' } },
      { metric: `saturation (${saturationConnections} conns): throughput`, unit: 'req/s', ours: our.saturated.rate, baseline: base.saturated.rate },
      { metric: `saturation (${saturationConnections} conns): p50`, unit: 'ms', ours: our.saturated.latency.p50, baseline: base.saturated.latency.p50 },
      { metric: `saturation (${saturationConnections} conns): p99`, unit: 'ms', ours: our.saturated.latency.p99, baseline: base.saturated.latency.p99 },
    ],
    notes: [
      `failed requests: ours ${our.paced.failed} paced / ${our.saturated.failed} saturated; baseline ${base.paced.failed} / ${base.saturated.failed}.`,
      `slowest at ${rate} req/s (due at ms → latency ms), ours: ${slowest(our.paced)}; baseline: ${slowest(base.paced)}. PostgreSQL checkpoints during it: ${our.checkpointsDuringPaced}, autovacuum/autoanalyze runs: ${our.maintenanceDuringPaced}; our API's own worst event-loop delay: ${our.apiLoopDelayMaxMs ?? '-'} ms; the load generator's: ours ${our.paced.generatorLagMaxMs ?? '-'} ms, baseline ${base.paced.generatorLagMaxMs ?? '-'} ms.`,
      'fixed rate: an open-loop generator sending on an even schedule, latency from each request’s scheduled time; saturation: autocannon, closed loop, latency in whole ms.',
    ],
    details: { rate, seconds, ours: our, baseline: base },
  };
}
