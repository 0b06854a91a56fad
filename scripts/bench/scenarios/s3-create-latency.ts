import type { ScenarioResult } from '../report.js';
import { startBareApi } from '../support/bare-api.js';
import { CREATE_BODY, runLoad, type LoadResult } from '../support/load.js';
import { startOurSystem } from '../support/our-system.js';
import { scoped, type Scope } from '../support/scope.js';
import type { BenchContext } from './context.js';

interface Run {
  readonly paced: LoadResult;
  readonly saturated: LoadResult;
}

/** Warm-up, then the same two loads against either endpoint. */
async function measure(ctx: BenchContext, scope: Scope, url: string, who: string): Promise<Run> {
  const { rate, seconds, saturationConnections, warmupRequests } = ctx.options.sizes.create;
  await runLoad(scope, { mode: 'closed', url, body: CREATE_BODY, connections: 10, amount: warmupRequests });
  ctx.progress(`3. ${who}: ${rate} req/s for ${seconds} s`);
  const paced = await runLoad(scope, { mode: 'open', url, body: CREATE_BODY, rate, durationSeconds: seconds });
  ctx.progress(`3. ${who}: saturation, ${saturationConnections} connections for ${seconds} s`);
  const saturated = await runLoad(scope, { mode: 'closed', url, body: CREATE_BODY, connections: saturationConnections, durationSeconds: seconds });
  return { paced, saturated };
}


/**
 * 3. Create latency: POST /api/v1/postcards/create against a bare express
 * endpoint doing one FlowProducer.add. Workers are off in both, so the
 * numbers are the API's alone (queued flows simply wait in Redis).
 */
export async function createLatencyScenario(ctx: BenchContext): Promise<ScenarioResult> {
  const { rate, seconds, saturationConnections } = ctx.options.sizes.create;
  const base = await scoped(ctx.scope, async (scope) => {
    await ctx.reset();
    const api = await startBareApi(scope, ctx.redis.url, ctx.prefix('s3-base'), ctx.pipeline, ctx.onError);
    return measure(ctx, scope, api.url, 'baseline');
  });
  const our = await scoped(ctx.scope, async (scope) => {
    await ctx.reset();
    const system = await startOurSystem(scope, {
      redisUrl: ctx.redis.url,
      databaseUrl: ctx.db.url,
      prefix: ctx.prefix('s3-ours'),
      concurrency: ctx.options.concurrency,
      poolSize: ctx.options.poolSize,
      logger: ctx.logger,
      workers: false,
    });
    return measure(ctx, scope, `${system.baseUrl}/api/v1/postcards/create`, 'ours');
  });
  return {
    id: 3,
    title: `Create latency (POST /create; workers off; load generator in its own process)`,
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
      'fixed rate: an open-loop generator sending on an even schedule, latency from each request’s scheduled time; saturation: autocannon, closed loop, latency in whole ms.',
    ],
    details: { rate, seconds, ours: our, baseline: base },
  };
}
