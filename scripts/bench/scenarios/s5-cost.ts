import type { Worker } from 'bullmq';
import type { Config } from '../../../src/platform/config.js';
import type { ScenarioResult } from '../report.js';
import { CREATE_BODY, runLoad } from '../support/load.js';
import { startOurSystem } from '../support/our-system.js';
import { pgSnapshot, type PgSnapshot } from '../support/pg-stats.js';
import { waitForPostcards } from '../support/postcard-queries.js';
import { KEY_CATEGORIES, keyUsage, redisDelta, redisSnapshot, type KeyCategory, type RedisDelta } from '../support/redis-stats.js';
import { pollUntil, scoped, sleep } from '../support/scope.js';
import { addFlows } from './s1-throughput.js';
import type { BenchContext } from './context.js';
import { warmBaseline } from './warm-baseline.js';

const WARMUP = 20;
/** Long enough for PostgreSQL backends to publish their counters (at most once a second) and for Redis to settle. */
const SETTLE_MS = 2000;
/**
 * PostgreSQL 15 backends publish pending counters when they go idle, but no
 * more than once a second, and an idle backend whose flush was deferred
 * publishes only after 10 s (PGSTAT_IDLE_INTERVAL). Without this wait the
 * pool's last transactions were missing from "rows written" (a third counted).
 */
const PG_STATS_FLUSH_MS = 11_000;
const IN_FLIGHT = 20;

type Usage = Record<KeyCategory, { keys: number; bytes: number }>;

interface Phases {
  /** Creating N postcards (workers paused): what the API side costs. */
  readonly create: RedisDelta;
  /** Running them to completion. */
  readonly process: RedisDelta;
  /** Redis bytes by key category while the N are in flight, and after they completed, minus before. */
  readonly inFlight: Usage;
  readonly afterCompletion: Usage;
  readonly usedMemoryInFlight: number;
  readonly usedMemoryAfter: number;
}

function minus(after: Usage, before: Usage): Usage {
  const out = { ...after };
  for (const key of KEY_CATEGORIES) out[key] = { keys: after[key].keys - before[key].keys, bytes: after[key].bytes - before[key].bytes };
  return out;
}

const total = (usage: Usage) => Object.values(usage).reduce((sum, u) => sum + u.bytes, 0);

/** "jobs 5400 B, queues 300 B, …" per postcard, for the categories that hold anything. */
function breakdown(usage: Usage, count: number): string {
  return KEY_CATEGORIES.filter((c) => usage[c].bytes !== 0)
    .map((c) => `${c} ${Math.round(usage[c].bytes / count)} B`)
    .join(', ');
}

/**
 * Runs the same three phases for either system: warm up (so connection set-up
 * and script loading are not counted), create N with the workers paused, then
 * resume them and run the N to completion, snapshotting Redis between phases.
 */
async function phases(ctx: BenchContext, prefix: string, workers: readonly Worker[], create: () => Promise<void>, finished: () => Promise<void>): Promise<Phases> {
  await Promise.all(workers.map((w) => w.pause()));
  await sleep(SETTLE_MS);
  const r0 = await redisSnapshot(ctx.redis.admin);
  const k0 = await keyUsage(ctx.redis.admin, prefix);
  await create();
  await sleep(SETTLE_MS);
  const r1 = await redisSnapshot(ctx.redis.admin);
  const k1 = await keyUsage(ctx.redis.admin, prefix);
  await Promise.all(workers.map((w) => w.resume()));
  await finished();
  await sleep(SETTLE_MS);
  const r2 = await redisSnapshot(ctx.redis.admin);
  const k2 = await keyUsage(ctx.redis.admin, prefix);
  return {
    create: redisDelta(r0, r1),
    process: redisDelta(r1, r2),
    inFlight: minus(k1, k0),
    afterCompletion: minus(k2, k0),
    usedMemoryInFlight: r1.usedMemory - r0.usedMemory,
    usedMemoryAfter: r2.usedMemory - r0.usedMemory,
  };
}

async function ours(ctx: BenchContext, n: number) {
  return scoped(ctx.scope, async (scope) => {
    await ctx.reset();
    const prefix = ctx.prefix('s5-ours');
    const system = await startOurSystem(scope, { redisUrl: ctx.redis.url, databaseUrl: ctx.db.url, prefix, concurrency: ctx.options.concurrency, poolSize: ctx.options.poolSize, logger: ctx.logger, workers: true });
    const url = `${system.baseUrl}/api/v1/postcards/create`;
    await runLoad(scope, { mode: 'closed', url, body: CREATE_BODY, connections: 10, amount: WARMUP });
    await waitForPostcards(ctx.db, WARMUP, 60_000);
    await sleep(PG_STATS_FLUSH_MS); // the warm-up's counters, published before the first snapshot
    const { workers } = await system.startWorkers(); // already running: this returns them
    ctx.progress(`5. ours: ${n} postcards, counting Redis commands and SQL statements`);
    let pg0: PgSnapshot | undefined;
    let created = 0;
    const result = await phases(
      ctx,
      prefix,
      workers,
      async () => {
        pg0 = await pgSnapshot(ctx.db);
        ctx.statements.reset();
        const load = await runLoad(scope, { mode: 'closed', url, body: CREATE_BODY, connections: IN_FLIGHT, amount: n });
        created = load.ok;
      },
      async () => {
        await waitForPostcards(ctx.db, WARMUP + created, 120_000);
      },
    );
    const statements = ctx.statements.counts();
    await sleep(PG_STATS_FLUSH_MS);
    const pg1 = await pgSnapshot(ctx.db);
    if (pg0 === undefined) throw new Error('the create phase did not run');
    return { ...result, created, statements, pg: { before: pg0, after: pg1 }, retention: retentionOf(system.config) };
  });
}

/** The removal policy behind the 'after completion' bytes (see BENCHMARKS.md). */
function retentionOf(config: Config) {
  return {
    keepCompletedJobsPerQueue: config.pipeline.keepCompletedJobs,
    keepFailedJobsPerQueue: config.pipeline.keepFailedJobs,
    eventsTtlSeconds: config.events.ttlSeconds,
    cacheTtlSeconds: config.providers.cacheTtlSeconds,
  };
}

async function baseline(ctx: BenchContext, n: number) {
  return scoped(ctx.scope, async (scope) => {
    const { workers, producer, timings, prefix } = await warmBaseline(ctx, scope, 's5-base', WARMUP);
    ctx.progress(`5. baseline: ${n} bare flows, counting Redis commands`);
    return phases(
      ctx,
      prefix,
      workers.workers,
      () => addFlows(producer, n, IN_FLIGHT),
      async () => {
        await pollUntil(async () => timings.completedFlows(), (done) => done >= WARMUP + n, { timeoutMs: 120_000, what: `${n} bare flows` });
      },
    );
  });
}

/** 5. Cost per postcard in shared resources: Redis commands, bytes and CPU; SQL statements and rows. */
export async function costScenario(ctx: BenchContext): Promise<ScenarioResult> {
  const { n } = ctx.options.sizes.cost;
  const base = await baseline(ctx, n);
  const our = await ours(ctx, n);
  const per = (value: number, count: number) => value / count;
  const commands = (p: Phases) => p.create.commands + p.process.commands;
  const scripts = (p: Phases) => p.create.scriptCalls + p.process.scriptCalls;
  const netBytes = (p: Phases) => p.create.netInputBytes + p.create.netOutputBytes + p.process.netInputBytes + p.process.netOutputBytes;
  const cpuMs = (p: Phases) => p.create.cpuMs + p.process.cpuMs;
  const { before, after } = our.pg;
  const m = our.created;
  return {
    id: 5,
    title: `Cost per postcard in shared resources (${n} postcards)`,
    rows: [
      { metric: 'Redis commands (incl. inside Lua)', unit: 'per postcard', ours: per(commands(our), m), baseline: per(commands(base), n), target: { kind: 'ratioMax', value: 1.5, label: '≤ 1.5× baseline' } },
      { metric: 'Redis script calls (EVALSHA/EVAL)', unit: 'per postcard', ours: per(scripts(our), m), baseline: per(scripts(base), n) },
      { metric: 'Redis network in+out', unit: 'bytes/postcard', ours: per(netBytes(our), m), baseline: per(netBytes(base), n) },
      { metric: 'Redis CPU (user+sys)', unit: 'ms/postcard', ours: per(cpuMs(our), m), baseline: per(cpuMs(base), n) },
      { metric: 'Redis bytes in flight (MEMORY USAGE)', unit: 'bytes/postcard', ours: per(total(our.inFlight), m), baseline: per(total(base.inFlight), n) },
      { metric: 'Redis bytes after completion', unit: 'bytes/postcard', ours: per(total(our.afterCompletion), m), baseline: per(total(base.afterCompletion), n) },
      { metric: 'SQL statements (client side)', unit: 'per postcard', ours: per(our.statements.total, m), baseline: null },
      { metric: 'PostgreSQL transactions', unit: 'per postcard', ours: per(after.transactions - before.transactions, m), baseline: null },
      { metric: 'PostgreSQL rows written (ins+upd+del)', unit: 'per postcard', ours: per(after.rowsInserted + after.rowsUpdated + after.rowsDeleted - before.rowsInserted - before.rowsUpdated - before.rowsDeleted, m), baseline: null },
    ],
    notes: [
      `retention: completed jobs kept per queue ${our.retention.keepCompletedJobsPerQueue} (removeOnComplete count, KEEP_COMPLETED_JOBS), events stream TTL ${our.retention.eventsTtlSeconds} s (EVENTS_TTL_SECONDS), cache pointers TTL ${our.retention.cacheTtlSeconds} s (CACHE_TTL_SECONDS).`,
      `Redis bytes per postcard in flight: ours ${breakdown(our.inFlight, m)}; baseline ${breakdown(base.inFlight, n)}.`,
      `Redis bytes per postcard after completion: ours ${breakdown(our.afterCompletion, m)}; baseline ${breakdown(base.afterCompletion, n)}.`,
      'SQL statements are counted in this process by wrapping pg.Client#query (Prisma’s adapter sends everything through it, BEGIN/COMMIT included); transactions and rows come from pg_stat_database.',
    ],
    details: { n, ours: our, baseline: base },
  };
}
