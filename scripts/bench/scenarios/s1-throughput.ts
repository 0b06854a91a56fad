import { randomUUID } from 'node:crypto';
import type { ScenarioResult } from '../report.js';
import { createBareProducer, NO_LATENCY, startBareWorkers, type BareProducer, type BareWorkers } from '../support/bare-flow.js';
import { FLOOR_STATEMENTS_PER_POSTCARD, startDurableFloor } from '../support/durable-floor.js';
import { JobTimings } from '../support/job-timings.js';
import { CREATE_BODY, runLoad } from '../support/load.js';
import { cannedProviders, startOurSystem, UNCHECKED_PAGES } from '../support/our-system.js';
import { completionTimes, waitForPostcards } from '../support/postcard-queries.js';
import { redisDelta, redisSnapshot } from '../support/redis-stats.js';
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

/**
 * What one timed run cost per postcard: SQL statements this process sent,
 * Redis commands (incl. inside Lua), and CPU time, this process's (API,
 * workers, or the baselines' workers; the load generator is a child of its
 * own) and redis-server's. CPU time is what a busy machine distorts least,
 * and what sizing hosts is worked out from.
 */
interface RunCost {
  readonly sqlPerPostcard: number;
  readonly redisCommandsPerPostcard: number;
  readonly sqlByKind: Readonly<Record<string, number>>;
  readonly cpuMsPerPostcard: number;
  readonly redisCpuMsPerPostcard: number;
  /** redis-server's socket reads: fewer per postcard means commands arrived batched. */
  readonly redisReadsPerPostcard: number;
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Counts SQL statements and Redis commands over `body`, which completes `count` postcards. */
async function costOf<T>(ctx: BenchContext, count: () => number, body: () => Promise<T>): Promise<{ readonly value: T; readonly cost: RunCost }> {
  const before = await redisSnapshot(ctx.redis.admin);
  ctx.statements.reset();
  const cpuBefore = cpuMs();
  const value = await body();
  const cpu = cpuMs() - cpuBefore;
  const statements = ctx.statements.counts();
  const delta = redisDelta(before, await redisSnapshot(ctx.redis.admin));
  const n = Math.max(1, count());
  return {
    value,
    cost: {
      sqlPerPostcard: statements.total / n,
      redisCommandsPerPostcard: delta.commands / n,
      sqlByKind: statements.byKind,
      cpuMsPerPostcard: cpu / n,
      redisCpuMsPerPostcard: delta.cpuMs / n,
      redisReadsPerPostcard: delta.reads / n,
    },
  };
}

/**
 * A flow baseline (the bare one, or the durable floor): warm up, then add `n`
 * flows at once and time them from the add call to the root job's finishedOn.
 */
async function flowRun(
  ctx: BenchContext,
  label: string,
  n: number,
  warmup: number,
  start: (prefix: string) => { readonly producer: BareProducer; readonly workers: BareWorkers; close(): Promise<void> },
): Promise<Run & { readonly cost: RunCost }> {
  return scoped(ctx.scope, async (scope) => {
    await ctx.reset();
    const system = start(ctx.prefix(`s1-${label}`));
    scope.defer(`${label} flow`, () => system.close());
    const { producer, workers } = system;
    const timings = new JobTimings();
    timings.observe(workers.workers);
    await Promise.all(workers.workers.map((w) => w.waitUntilReady()));

    await addFlows(producer, warmup, BURST_CONNECTIONS);
    await pollUntil(async () => timings.completedFlows(), (done) => done >= warmup, { timeoutMs: timeoutFor(warmup), intervalMs: 20, what: `${label} warm-up flows` });
    timings.clear();
    producer.addedAt.clear();

    ctx.progress(`1. ${label}: ${n} flows at once`);
    const { cost } = await costOf(
      ctx,
      () => timings.completedFlows(),
      async () => {
        await addFlows(producer, n, BURST_CONNECTIONS);
        await pollUntil(async () => timings.completedFlows(), (done) => done >= n, { timeoutMs: timeoutFor(n), intervalMs: 20, what: `${n} ${label} flows` });
      },
    );
    const finished = timings.rootFinishedAt();
    const latencies = [...finished].map(([taskId, at]) => at - (producer.addedAt.get(taskId) ?? at));
    const first = Math.min(...producer.addedAt.values());
    const elapsedMs = Math.max(...finished.values()) - first;
    return { completed: finished.size, elapsedMs, perSecond: finished.size / (elapsedMs / 1000), latencyMs: summarize(latencies), cost };
  });
}

function bare(ctx: BenchContext) {
  return (prefix: string) => {
    const workers = startBareWorkers(ctx.redis.url, prefix, ctx.options.concurrency, NO_LATENCY, ctx.onError);
    const producer = createBareProducer(ctx.redis.url, prefix, ctx.pipeline, ctx.onError);
    return {
      workers,
      producer,
      async close() {
        await producer.close();
        await workers.close();
      },
    };
  };
}

function durableFloor(ctx: BenchContext) {
  return (prefix: string) =>
    startDurableFloor({
      redisUrl: ctx.redis.url,
      databaseUrl: ctx.db.url,
      prefix,
      pipeline: ctx.pipeline,
      concurrency: ctx.options.concurrency,
      poolSize: ctx.options.poolSize,
      latencyMs: NO_LATENCY,
      onError: ctx.onError,
    });
}

/** `canned-ungated`: canned providers and a gate that checks nothing (UNCHECKED_PAGES), the machinery alone. */
type OurProviders = 'local' | 'canned' | 'canned-ungated';

async function ours(
  ctx: BenchContext,
  n: number,
  warmup: number,
  providers: OurProviders,
): Promise<Run & { readonly createRate: number; readonly failed: number; readonly cost: RunCost }> {
  return scoped(ctx.scope, async (scope) => {
    await ctx.reset();
    const system = await startOurSystem(scope, {
      redisUrl: ctx.redis.url,
      databaseUrl: ctx.db.url,
      prefix: ctx.prefix(`s1-ours-${providers}`),
      concurrency: ctx.options.concurrency,
      poolSize: ctx.options.poolSize,
      logger: ctx.logger,
      workers: true,
      workerThreads: ctx.options.workerThreads,
      ...(providers === 'local' ? {} : { providers: await cannedProviders() }),
      ...(providers === 'canned-ungated' ? { pageGate: UNCHECKED_PAGES } : {}),
    });
    const url = `${system.baseUrl}/api/v1/postcards/create`;
    await runLoad(scope, { mode: 'closed', url, body: CREATE_BODY, connections: Math.min(BURST_CONNECTIONS, warmup), amount: warmup });
    await waitForPostcards(ctx.db, warmup, timeoutFor(warmup));
    await ctx.db.truncate();

    ctx.progress(`1. ours (${providers} providers): ${n} postcards at once over HTTP`);
    let completed = 0;
    const { value, cost } = await costOf(
      ctx,
      () => completed,
      async () => {
        const load = await runLoad(scope, { mode: 'closed', url, body: CREATE_BODY, connections: BURST_CONNECTIONS, amount: n });
        const counts = await waitForPostcards(ctx.db, load.ok, timeoutFor(n));
        completed = counts.completed;
        return { load, failed: counts.failed };
      },
    );
    const times = await completionTimes(ctx.db);
    const elapsedMs = times.lastCompleted - times.firstCreated;
    return { completed, failed: value.failed, elapsedMs, perSecond: completed / (elapsedMs / 1000), latencyMs: summarize(times.latencies), createRate: value.load.rate, cost };
  });
}

/** 1. Orchestration throughput: N postcards at once, zero-latency providers, to COMPLETED. */
export async function throughputScenario(ctx: BenchContext): Promise<ScenarioResult> {
  const { n, warmup } = ctx.options.sizes.throughput;
  const base = await flowRun(ctx, 'baseline', n, warmup, bare(ctx));
  const floor = await flowRun(ctx, 'durable floor', n, warmup, durableFloor(ctx));
  const our = await ours(ctx, n, warmup, 'local');
  const canned = await ours(ctx, n, warmup, 'canned');
  const ungated = await ours(ctx, n, warmup, 'canned-ungated');
  return {
    id: 1,
    title: `Orchestration throughput (${n} at once, concurrency ${ctx.options.concurrency}, zero-latency providers)`,
    rows: [
      {
        metric: 'throughput',
        unit: 'postcards/s',
        ours: our.perSecond,
        baseline: base.perSecond,
        target: { kind: 'ratioMin', value: 0.5, label: '≥ 50% of baseline' },
        floor: floor.perSecond,
        floorTarget: { kind: 'ratioMin', value: 0.6, label: '≥ 0.6× floor' },
      },
      {
        metric: 'throughput, machinery only (canned providers)',
        unit: 'postcards/s',
        ours: canned.perSecond,
        baseline: base.perSecond,
        floor: floor.perSecond,
        floorTarget: { kind: 'ratioMin', value: 0.6, label: '≥ 0.6× floor' },
      },
      {
        metric: 'throughput, machinery without the page gate (canned, bench only)',
        unit: 'postcards/s',
        ours: ungated.perSecond,
        baseline: base.perSecond,
        floor: floor.perSecond,
      },
      { metric: 'CPU, this process', unit: 'ms per postcard', ours: our.cost.cpuMsPerPostcard, baseline: base.cost.cpuMsPerPostcard, floor: floor.cost.cpuMsPerPostcard },
      { metric: 'CPU, this process, canned providers', unit: 'ms per postcard', ours: canned.cost.cpuMsPerPostcard, baseline: base.cost.cpuMsPerPostcard, floor: floor.cost.cpuMsPerPostcard },
      { metric: 'CPU, this process, canned, no page gate', unit: 'ms per postcard', ours: ungated.cost.cpuMsPerPostcard, baseline: base.cost.cpuMsPerPostcard, floor: floor.cost.cpuMsPerPostcard },
      { metric: 'CPU, redis-server', unit: 'ms per postcard', ours: our.cost.redisCpuMsPerPostcard, baseline: base.cost.redisCpuMsPerPostcard, floor: floor.cost.redisCpuMsPerPostcard },
      { metric: 'create→completed p50', unit: 'ms', ours: our.latencyMs.p50, baseline: base.latencyMs.p50, floor: floor.latencyMs.p50 },
      { metric: 'create→completed p99', unit: 'ms', ours: our.latencyMs.p99, baseline: base.latencyMs.p99, floor: floor.latencyMs.p99 },
      { metric: 'wall time, first create → last completed', unit: 's', ours: our.elapsedMs / 1000, baseline: base.elapsedMs / 1000, floor: floor.elapsedMs / 1000 },
      { metric: 'SQL statements sent (this process)', unit: 'per postcard', ours: our.cost.sqlPerPostcard, baseline: null, floor: floor.cost.sqlPerPostcard },
      { metric: 'Redis commands (incl. inside Lua), at this load', unit: 'per postcard', ours: our.cost.redisCommandsPerPostcard, baseline: base.cost.redisCommandsPerPostcard, floor: floor.cost.redisCommandsPerPostcard },
      { metric: 'redis-server socket reads, at this load', unit: 'per postcard', ours: our.cost.redisReadsPerPostcard, baseline: base.cost.redisReadsPerPostcard, floor: floor.cost.redisReadsPerPostcard },
    ],
    notes: [
      `ours: ${our.completed} completed, ${our.failed} failed; creates ran at ${round(our.createRate)} req/s over ${BURST_CONNECTIONS} connections while the workers ran.`,
      `ours with canned providers (one postcard made up front, returned every time; the page gate still runs): ${canned.completed} completed, ${canned.failed} failed. The rows without "canned" make every postcard with the local providers, work the baselines' processors do not do.`,
      `ours without the page gate (canned providers, and a gate that keeps every page unchecked, which no setting of the service allows): ${ungated.completed} completed, ${ungated.failed} failed; the difference from the canned row is what parsing and validating every page costs.`,
      'ours: created_at/completed_at from PostgreSQL; baseline and floor: from the add call to the root job’s finishedOn.',
      `floor: the bare flow plus ${FLOOR_STATEMENTS_PER_POSTCARD} raw pg statements per postcard (INSERT at create; per step one start and one store statement), pool of ${ctx.options.poolSize}; see support/durable-floor.ts.`,
      `SQL by kind per run: ours ${JSON.stringify(our.cost.sqlByKind)}; floor ${JSON.stringify(floor.cost.sqlByKind)}. Redis commands are counted over the timed run (scenario 5 counts them more carefully, at a lower load).`,
    ],
    details: { n, warmup, concurrency: ctx.options.concurrency, ours: our, oursCanned: canned, oursUngated: ungated, baseline: base, durableFloor: floor },
  };
}
