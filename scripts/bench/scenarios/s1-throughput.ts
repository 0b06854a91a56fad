import { randomUUID } from 'node:crypto';
import type { ScenarioResult } from '../report.js';
import { createBareProducer, NO_LATENCY, startBareWorkers, type BareProducer } from '../support/bare-flow.js';
import { JobTimings } from '../support/job-timings.js';
import { CREATE_BODY, runLoad } from '../support/load.js';
import { startOurSystem } from '../support/our-system.js';
import { completionTimes, waitForPostcards } from '../support/postcard-queries.js';
import { pollUntil, scoped } from '../support/scope.js';
import { round, summarize, type Summary } from '../support/stats.js';
import { BURST_CONNECTIONS, type BenchContext } from './context.js';

interface Run {
  readonly completed: number;
  readonly elapsedMs: number;
  readonly perSecond: number;
  readonly latencyMs: Summary;
}

/** Adds `count` flows with at most `inFlight` adds outstanding: the baseline's "all at once". */
export async function addFlows(producer: BareProducer, count: number, inFlight: number): Promise<void> {
  let started = 0;
  const lane = async () => {
    while (started < count) {
      started += 1;
      await producer.add(randomUUID());
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, count) }, lane));
}

function timeoutFor(n: number): number {
  return Math.max(120_000, n * 100);
}

async function baseline(ctx: BenchContext, n: number, warmup: number): Promise<Run> {
  return scoped(ctx.scope, async (scope) => {
    await ctx.reset();
    const prefix = ctx.prefix('s1-base');
    const { pipeline } = ctx;
    const workers = startBareWorkers(ctx.redis.url, prefix, ctx.options.concurrency, NO_LATENCY, ctx.onError);
    scope.defer('bare workers', () => workers.close());
    const timings = new JobTimings();
    timings.observe(workers.workers);
    await Promise.all(workers.workers.map((w) => w.waitUntilReady()));
    const producer = createBareProducer(ctx.redis.url, prefix, pipeline, ctx.onError);
    scope.defer('bare producer', () => producer.close());

    await addFlows(producer, warmup, BURST_CONNECTIONS);
    await pollUntil(async () => timings.completedFlows(), (done) => done >= warmup, { timeoutMs: timeoutFor(warmup), intervalMs: 20, what: 'warm-up flows' });
    timings.clear();
    producer.addedAt.clear();

    ctx.progress(`1. baseline: ${n} bare flows at once`);
    await addFlows(producer, n, BURST_CONNECTIONS);
    await pollUntil(async () => timings.completedFlows(), (done) => done >= n, { timeoutMs: timeoutFor(n), intervalMs: 20, what: `${n} bare flows` });
    const finished = timings.rootFinishedAt();
    const latencies = [...finished].map(([taskId, at]) => at - (producer.addedAt.get(taskId) ?? at));
    const first = Math.min(...producer.addedAt.values());
    const elapsedMs = Math.max(...finished.values()) - first;
    return { completed: finished.size, elapsedMs, perSecond: finished.size / (elapsedMs / 1000), latencyMs: summarize(latencies) };
  });
}

async function ours(ctx: BenchContext, n: number, warmup: number): Promise<Run & { readonly createRate: number; readonly failed: number }> {
  return scoped(ctx.scope, async (scope) => {
    await ctx.reset();
    const system = await startOurSystem(scope, {
      redisUrl: ctx.redis.url,
      databaseUrl: ctx.db.url,
      prefix: ctx.prefix('s1-ours'),
      concurrency: ctx.options.concurrency,
      poolSize: ctx.options.poolSize,
      logger: ctx.logger,
      workers: true,
    });
    const url = `${system.baseUrl}/api/v1/postcards/create`;
    await runLoad(scope, { mode: 'closed', url, body: CREATE_BODY, connections: Math.min(BURST_CONNECTIONS, warmup), amount: warmup });
    await waitForPostcards(ctx.db, warmup, timeoutFor(warmup));
    await ctx.db.truncate();

    ctx.progress(`1. ours: ${n} postcards at once over HTTP`);
    const load = await runLoad(scope, { mode: 'closed', url, body: CREATE_BODY, connections: BURST_CONNECTIONS, amount: n });
    const { completed, failed } = await waitForPostcards(ctx.db, load.ok, timeoutFor(n));
    const times = await completionTimes(ctx.db);
    const elapsedMs = times.lastCompleted - times.firstCreated;
    return { completed, failed, elapsedMs, perSecond: completed / (elapsedMs / 1000), latencyMs: summarize(times.latencies), createRate: load.rate };
  });
}

/** 1. Orchestration throughput: N postcards at once, zero-latency providers, to COMPLETED. */
export async function throughputScenario(ctx: BenchContext): Promise<ScenarioResult> {
  const { n, warmup } = ctx.options.sizes.throughput;
  const base = await baseline(ctx, n, warmup);
  const our = await ours(ctx, n, warmup);
  return {
    id: 1,
    title: `Orchestration throughput (${n} at once, concurrency ${ctx.options.concurrency}, zero-latency providers)`,
    rows: [
      { metric: 'throughput', unit: 'postcards/s', ours: our.perSecond, baseline: base.perSecond, target: { kind: 'ratioMin', value: 0.5, label: '≥ 50% of baseline' } },
      { metric: 'create→completed p50', unit: 'ms', ours: our.latencyMs.p50, baseline: base.latencyMs.p50 },
      { metric: 'create→completed p99', unit: 'ms', ours: our.latencyMs.p99, baseline: base.latencyMs.p99 },
      { metric: 'wall time, first create → last completed', unit: 's', ours: our.elapsedMs / 1000, baseline: base.elapsedMs / 1000 },
    ],
    notes: [
      `ours: ${our.completed} completed, ${our.failed} failed; creates ran at ${round(our.createRate)} req/s over ${BURST_CONNECTIONS} connections while the workers ran.`,
      'ours: created_at/completed_at from PostgreSQL; baseline: from the add call to the root job’s finishedOn.',
    ],
    details: { n, warmup, concurrency: ctx.options.concurrency, ours: our, baseline: base },
  };
}
