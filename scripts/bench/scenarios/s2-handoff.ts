import { randomUUID } from 'node:crypto';
import type { Row, ScenarioResult } from '../report.js';
import { CREATE_BODY, runLoad } from '../support/load.js';
import { startOurSystem } from '../support/our-system.js';
import { completionTimes, stepRunHandoffs, waitForPostcards } from '../support/postcard-queries.js';
import { pollUntil, scoped, sleep } from '../support/scope.js';
import { summarize, type Summary } from '../support/stats.js';
import type { BenchContext } from './context.js';
import { warmBaseline } from './warm-baseline.js';

const WARMUP = 50;

/**
 * Calls `fire` `rate` times a second for `seconds`, on schedule whether or not
 * earlier calls have finished (open loop), then waits for all of them.
 */
async function openLoop(
  rate: number,
  seconds: number,
  fire: () => Promise<void>,
  onError: (error: Error) => void,
): Promise<{ readonly sent: number; readonly errors: number; readonly achievedRate: number }> {
  const total = Math.round(rate * seconds);
  const started = performance.now();
  const pending: Promise<void>[] = [];
  let errors = 0;
  while (pending.length < total) {
    const due = Math.min(total, Math.floor(((performance.now() - started) * rate) / 1000) + 1);
    while (pending.length < due) {
      pending.push(
        fire().catch((error: unknown) => {
          errors += 1;
          onError(error instanceof Error ? error : new Error(String(error)));
        }),
      );
    }
    await sleep(1);
  }
  const elapsed = performance.now() - started;
  await Promise.all(pending);
  return { sent: total, errors, achievedRate: total / (elapsed / 1000) };
}

interface Run {
  readonly handoffMs: Summary;
  /** BullMQ's own view of the hand-off: the parent job's processedOn − the child job's finishedOn. */
  readonly bullmqHandoffMs: Summary;
  readonly endToEndMs: Summary;
  readonly createRate: number;
  readonly errors: number;
}

async function baseline(ctx: BenchContext, rate: number, seconds: number): Promise<Run> {
  return scoped(ctx.scope, async (scope) => {
    const { producer, timings } = await warmBaseline(ctx, scope, 's2-base', WARMUP);
    timings.clear();
    producer.addedAt.clear();

    ctx.progress(`2. baseline: ${rate} bare flows/s for ${seconds} s`);
    const paced = await openLoop(rate, seconds, () => producer.add(randomUUID()), ctx.onError);
    const expected = paced.sent - paced.errors;
    await pollUntil(async () => timings.completedFlows(), (done) => done >= expected, { timeoutMs: 120_000, intervalMs: 20, what: `${expected} bare flows` });
    const finished = timings.rootFinishedAt();
    const handoffs = timings.handoffs();
    return {
      handoffMs: summarize(handoffs),
      bullmqHandoffMs: summarize(handoffs),
      endToEndMs: summarize([...finished].map(([taskId, at]) => at - (producer.addedAt.get(taskId) ?? at))),
      createRate: paced.achievedRate,
      errors: paced.errors,
    };
  });
}

async function ours(ctx: BenchContext, rate: number, seconds: number): Promise<Run> {
  return scoped(ctx.scope, async (scope) => {
    await ctx.reset();
    const system = await startOurSystem(scope, {
      redisUrl: ctx.redis.url,
      databaseUrl: ctx.db.url,
      prefix: ctx.prefix('s2-ours'),
      concurrency: ctx.options.concurrency,
      poolSize: ctx.options.poolSize,
      logger: ctx.logger,
      workers: true,
    });
    const url = `${system.baseUrl}/api/v1/postcards/create`;
    await runLoad(scope, { mode: 'closed', url, body: CREATE_BODY, connections: 10, amount: WARMUP });
    await waitForPostcards(ctx.db, WARMUP, 60_000);
    await ctx.db.truncate();
    system.timings.clear();

    ctx.progress(`2. ours: ${rate} postcards/s over HTTP for ${seconds} s`);
    const load = await runLoad(scope, { mode: 'open', url, body: CREATE_BODY, rate, durationSeconds: seconds });
    await waitForPostcards(ctx.db, load.ok, 300_000);
    const times = await completionTimes(ctx.db);
    return {
      handoffMs: summarize(await stepRunHandoffs(ctx.db)),
      bullmqHandoffMs: summarize(system.timings.handoffs()),
      endToEndMs: summarize(times.latencies),
      createRate: load.ok / ((times.lastCreated - times.firstCreated) / 1000),
      errors: load.failed,
    };
  });
}

function rowsAt(rate: number, our: Run, base: Run, target: boolean): Row[] {
  const at = `@${rate}/s`;
  return [
    { metric: `${at} hand-off p50 (ours: step_runs)`, unit: 'ms', ours: our.handoffMs.p50, baseline: base.handoffMs.p50 },
    {
      metric: `${at} hand-off p99 (ours: step_runs)`,
      unit: 'ms',
      ours: our.handoffMs.p99,
      baseline: base.handoffMs.p99,
      ...(target ? { target: { kind: 'max', value: 50, label: 'p99 < 50 ms' } as const } : {}),
    },
    { metric: `${at} hand-off p50 (BullMQ stamps)`, unit: 'ms', ours: our.bullmqHandoffMs.p50, baseline: base.bullmqHandoffMs.p50 },
    { metric: `${at} hand-off p99 (BullMQ stamps)`, unit: 'ms', ours: our.bullmqHandoffMs.p99, baseline: base.bullmqHandoffMs.p99 },
    { metric: `${at} create→completed p99`, unit: 'ms', ours: our.endToEndMs.p99, baseline: base.endToEndMs.p99 },
    { metric: `${at} achieved creation rate`, unit: 'per s', ours: our.createRate, baseline: base.createRate },
  ];
}

/**
 * 2. Step hand-off latency at the target's creation rate, and at lower ones:
 * one near what this machine carries, one that no system here queues at.
 */
export async function handoffScenario(ctx: BenchContext): Promise<ScenarioResult> {
  const { rates, seconds } = ctx.options.sizes.handoff;
  const runs: Array<{ readonly rate: number; readonly ours: Run; readonly baseline: Run }> = [];
  for (const rate of rates) {
    const base = await baseline(ctx, rate, seconds);
    runs.push({ rate, baseline: base, ours: await ours(ctx, rate, seconds) });
  }
  return {
    id: 2,
    title: `Step hand-off latency (${rates.join(', ')} postcards/s for ${seconds} s each, open loop)`,
    rows: runs.flatMap((run, index) => rowsAt(run.rate, run.ours, run.baseline, index === 0)),
    notes: [
      'ours (step_runs): next step’s started_at − previous step’s finished_at, i.e. from the moment our processor took its end time (before storing the result) to the moment the next processor took its start time (after loading the postcard).',
      'BullMQ stamps: parent job’s processedOn − child job’s finishedOn, for ours and the baseline alike.',
      `errors: ${runs.map((run) => `at ${run.rate}/s ours ${run.ours.errors}, baseline ${run.baseline.errors}`).join('; ')}.`,
    ],
    details: { seconds, runs },
  };
}
