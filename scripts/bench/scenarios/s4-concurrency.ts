import { randomUUID } from 'node:crypto';
import { QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { PIPELINE, STEP_NAMES, stepJobId, type StepName } from '../../../src/pipeline/catalog.js';
import { REALISTIC_LATENCY_MS } from '../options.js';
import type { ScenarioResult } from '../report.js';
import { createBareProducer } from '../support/bare-flow.js';
import { compileEntryPoints, workerScriptNodeArgs } from '../support/compile.js';
import { profileArgs, startChildNode, type ChildNode } from '../support/child-process.js';
import { rootStep } from '../support/job-timings.js';
import { CREATE_BODY, runLoad } from '../support/load.js';
import { startOurSystem, workerThreadsEnv } from '../support/our-system.js';
import { completionTimes, waitForPostcards } from '../support/postcard-queries.js';
import { pollUntil, scoped, type Scope } from '../support/scope.js';
import { round, summarize, type Summary } from '../support/stats.js';
import { addFlows } from './s1-throughput.js';
import { BURST_CONNECTIONS, type BenchContext } from './context.js';

interface Run {
  /** One postcard alone, created → completed. */
  readonly singleMs: number;
  /** First created → last completed, for N at once. */
  readonly totalMs: number;
  /** Last created − first created: how long creating N took. */
  readonly creationSpreadMs: number;
  readonly perPostcardMs: Summary;
  readonly completed: number;
  readonly idleRssMb: number;
  readonly peakRssMb: number;
  readonly finalRssMb: number;
}

type Latencies = { readonly [S in StepName]: number };

function scaled(scale: number): Latencies {
  return Object.fromEntries(STEP_NAMES.map((step) => [step, Math.round(REALISTIC_LATENCY_MS[step] * scale)])) as { [S in StepName]: number };
}

async function memoryOf(worker: ChildNode, idleRssMb: number): Promise<Pick<Run, 'idleRssMb' | 'peakRssMb' | 'finalRssMb'>> {
  const memory = await worker.memory();
  return { idleRssMb, peakRssMb: Math.max(memory.hwmMb, memory.peakSampledMb), finalRssMb: memory.rssMb };
}

async function ours(ctx: BenchContext, script: string, nodeArgs: readonly string[], n: number, latencies: Latencies, concurrency: number, timeoutMs: number): Promise<Run> {
  return scoped(ctx.scope, async (scope) => {
    await ctx.reset();
    const prefix = ctx.prefix('s4-ours');
    const system = await startOurSystem(scope, { redisUrl: ctx.redis.url, databaseUrl: ctx.db.url, prefix, concurrency, poolSize: ctx.options.poolSize, logger: ctx.logger, workers: false });
    const worker = await startChildNode(scope, {
      script,
      nodeArgs: [...nodeArgs, ...profileArgs(ctx.options.cpuProfDir, 's4-ours-worker')],
      env: {
        NODE_ENV: 'production',
        // Production logging and limits, but no API keys: the harness is the only client, on loopback.
        AUTH_MODE: 'open',
        LOG_LEVEL: 'info',
        DATABASE_URL: ctx.db.url,
        DATABASE_POOL_SIZE: String(ctx.options.poolSize),
        REDIS_URL: ctx.redis.url,
        QUEUE_PREFIX: prefix,
        PUBLIC_BASE_URL: system.baseUrl,
        WORKER_CONCURRENCY: String(concurrency),
        METRICS_PORT: '0',
        SHUTDOWN_TIMEOUT: '10',
        ...workerThreadsEnv(ctx.options.workerThreads),
        TEXT_PROVIDER: 'simulated',
        IMAGE_PROVIDER: 'simulated',
        CODE_PROVIDER: 'simulated',
        SIMULATED_LATENCY_MS: STEP_NAMES.map((step) => `${step}=${latencies[step]}`).join(','),
        SIMULATED_ERROR_RATE: '0',
        SIMULATED_FATAL_RATE: '0',
      },
      logPath: ctx.logPath,
      readyLine: 'workers started',
    });
    const idleRssMb = (await worker.memory()).rssMb;
    const url = `${system.baseUrl}/api/v1/postcards/create`;

    ctx.progress('4. ours: one postcard alone (after one to warm up)');
    let singleMs = Number.NaN;
    for (let pass = 0; pass < 2; pass += 1) {
      await runLoad(scope, { mode: 'closed', url, body: CREATE_BODY, connections: 1, amount: 1 });
      await waitForPostcards(ctx.db, 1, timeoutMs);
      singleMs = (await completionTimes(ctx.db)).latencies[0] ?? Number.NaN;
      await ctx.db.truncate();
    }

    ctx.progress(`4. ours: ${n} postcards at once on one worker process`);
    const load = await runLoad(scope, { mode: 'closed', url, body: CREATE_BODY, connections: BURST_CONNECTIONS, amount: n });
    const { completed } = await waitForPostcards(ctx.db, load.ok, timeoutMs);
    const times = await completionTimes(ctx.db);
    const memory = await memoryOf(worker, idleRssMb);
    await worker.stop();
    return {
      singleMs,
      totalMs: times.lastCompleted - times.firstCreated,
      creationSpreadMs: times.lastCreated - times.firstCreated,
      perPostcardMs: summarize(times.latencies),
      completed,
      ...memory,
    };
  });
}

/** Root-job completions as QueueEvents reports them: the stream entry's own timestamp, by job id. */
async function watchRoot(scope: Scope, ctx: BenchContext, prefix: string): Promise<Map<string, number>> {
  const connection = new Redis(ctx.redis.url, { maxRetriesPerRequest: null });
  const events = new QueueEvents(PIPELINE[rootStep()].queue, { connection, prefix });
  events.on('error', ctx.onError);
  scope.defer('root queue events', async () => {
    await events.close();
    await connection.quit();
  });
  const finished = new Map<string, number>();
  events.on('completed', ({ jobId }, id) => finished.set(jobId, Number(id.split('-')[0])));
  await events.waitUntilReady();
  return finished;
}

async function baseline(ctx: BenchContext, script: string, n: number, latencies: Latencies, concurrency: number, timeoutMs: number): Promise<Run> {
  return scoped(ctx.scope, async (scope) => {
    await ctx.reset();
    const prefix = ctx.prefix('s4-base');
    const worker = await startChildNode(scope, {
      script,
      args: [JSON.stringify({ redisUrl: ctx.redis.url, prefix, concurrency, latencyMs: latencies })],
      nodeArgs: profileArgs(ctx.options.cpuProfDir, 's4-bare-worker'),
      env: {},
      logPath: ctx.logPath,
      readyLine: 'workers started',
    });
    const idleRssMb = (await worker.memory()).rssMb;
    const finished = await watchRoot(scope, ctx, prefix);
    const producer = createBareProducer(ctx.redis.url, prefix, ctx.pipeline, ctx.onError);
    scope.defer('bare producer', () => producer.close());
    const root = rootStep();
    const elapsed = () => {
      const done = [...producer.addedAt].map(([taskId, added]) => (finished.get(stepJobId(taskId, root, 1)) ?? Number.NaN) - added);
      return { done, first: Math.min(...producer.addedAt.values()), last: Math.max(...finished.values()) };
    };

    ctx.progress('4. baseline: one bare flow alone (after one to warm up)');
    let singleMs = Number.NaN;
    for (let pass = 0; pass < 2; pass += 1) {
      await producer.add(randomUUID());
      await pollUntil(async () => finished.size, (size) => size >= 1, { timeoutMs, what: 'the single bare flow' });
      singleMs = elapsed().done[0] ?? Number.NaN;
      producer.addedAt.clear();
      finished.clear();
    }

    ctx.progress(`4. baseline: ${n} bare flows at once on one worker process`);
    await addFlows(producer, n, BURST_CONNECTIONS);
    await pollUntil(async () => finished.size, (size) => size >= n, { timeoutMs, what: `${n} bare flows` });
    const { done, first, last } = elapsed();
    const memory = await memoryOf(worker, idleRssMb);
    await worker.stop();
    return {
      singleMs,
      totalMs: last - first,
      creationSpreadMs: Math.max(...producer.addedAt.values()) - first,
      perPostcardMs: summarize(done),
      completed: finished.size,
      ...memory,
    };
  });
}

/** 4. Concurrency with realistic AI latency: N postcards at once on ONE worker process. */
export async function concurrencyScenario(ctx: BenchContext): Promise<ScenarioResult> {
  const { n, latencyScale, workerConcurrency } = ctx.options.sizes.concurrency;
  const latencies = scaled(latencyScale);
  const oneMs = STEP_NAMES.reduce((sum, step) => sum + latencies[step], 0);
  const timeoutMs = oneMs * 4 + 120_000;
  ctx.progress('4. compiling the worker entry points (tsconfig.bench.json)');
  const scripts = await compileEntryPoints();
  const base = await baseline(ctx, scripts.bareWorker, n, latencies, workerConcurrency, timeoutMs);
  const deployed = await workerScriptNodeArgs();
  const our = await ours(ctx, scripts.worker, [...deployed, ...ctx.options.workerNodeArgs], n, latencies, workerConcurrency, timeoutMs);
  ctx.progress('4. ours again, with V8\'s default heap settings');
  const defaults = await ours(ctx, scripts.worker, ctx.options.workerNodeArgs, n, latencies, workerConcurrency, timeoutMs);
  const asRun = deployed.length === 0 ? 'no node flags' : deployed.join(' ');
  return {
    id: 4,
    title: `Concurrency with AI latency (${n} at once, one worker process, WORKER_CONCURRENCY ${workerConcurrency}, steps ${oneMs / 1000} s in all)`,
    rows: [
      { metric: 'one postcard alone', unit: 's', ours: our.singleMs / 1000, baseline: base.singleMs / 1000 },
      { metric: `${n} at once: first created → last completed`, unit: 's', ours: our.totalMs / 1000, baseline: base.totalMs / 1000 },
      { metric: `${n} at once ÷ one alone`, unit: '×', ours: our.totalMs / our.singleMs, baseline: base.totalMs / base.singleMs, target: { kind: 'max', value: 1.2, label: '≤ 1.2×' } },
      { metric: 'per postcard created → completed p99', unit: 's', ours: our.perPostcardMs.p99 / 1000, baseline: base.perPostcardMs.p99 / 1000 },
      { metric: 'creating all N took', unit: 's', ours: our.creationSpreadMs / 1000, baseline: base.creationSpreadMs / 1000 },
      { metric: 'worker peak RSS', unit: 'MB', ours: our.peakRssMb, baseline: base.peakRssMb, target: { kind: 'max', value: 300, label: '< 300 MB' } },
      { metric: 'worker RSS idle after start', unit: 'MB', ours: our.idleRssMb, baseline: base.idleRssMb },
      { metric: `V8 defaults: ${n} at once ÷ one alone`, unit: '×', ours: defaults.totalMs / defaults.singleMs, baseline: base.totalMs / base.singleMs },
      { metric: 'V8 defaults: worker peak RSS', unit: 'MB', ours: defaults.peakRssMb, baseline: base.peakRssMb },
    ],
    notes: [
      `ours: ${our.completed}/${n} completed (V8 defaults: ${defaults.completed}/${n}); baseline: ${base.completed}/${n}. Both workers run compiled JavaScript (tsconfig.bench.json) on plain node, as npm run worker does.`,
      `ours runs with the node flags of npm run worker (${asRun}); "V8 defaults" is the same run without them. The baseline runs with V8's defaults throughout.`,
      `one postcard’s steps sleep ${oneMs} ms in all; the ratio row divides the N-at-once wall time by the measured time of one postcard alone (${round(our.singleMs / 1000, 2)} s ours).`,
    ],
    details: { n, latencyScale, workerConcurrency, latencies, ours: { nodeArgs: deployed, ...our }, oursV8Defaults: defaults, baseline: base },
  };
}
