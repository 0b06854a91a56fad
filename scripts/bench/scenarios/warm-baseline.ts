import { createBareProducer, NO_LATENCY, startBareWorkers, type BareProducer, type BareWorkers } from '../support/bare-flow.js';
import { JobTimings } from '../support/job-timings.js';
import { pollUntil, type Scope } from '../support/scope.js';
import { addFlows } from './s1-throughput.js';
import type { BenchContext } from './context.js';

export interface WarmBaseline {
  readonly prefix: string;
  readonly workers: BareWorkers;
  readonly producer: BareProducer;
  readonly timings: JobTimings;
}

/**
 * The bare-BullMQ baseline, started on a fresh prefix and warmed up with
 * `warmup` flows run to completion, so that what is measured next excludes
 * connection set-up and script loading (as our side's warm-up does).
 */
export async function warmBaseline(ctx: BenchContext, scope: Scope, label: string, warmup: number): Promise<WarmBaseline> {
  await ctx.reset();
  const prefix = ctx.prefix(label);
  const workers = startBareWorkers(ctx.redis.url, prefix, ctx.options.concurrency, NO_LATENCY, ctx.onError);
  scope.defer('bare workers', () => workers.close());
  const timings = new JobTimings();
  timings.observe(workers.workers);
  await Promise.all(workers.workers.map((w) => w.waitUntilReady()));
  const producer = createBareProducer(ctx.redis.url, prefix, ctx.pipeline, ctx.onError);
  scope.defer('bare producer', () => producer.close());
  await addFlows(producer, warmup, warmup);
  await pollUntil(async () => timings.completedFlows(), (done) => done >= warmup, { timeoutMs: 60_000, what: 'warm-up flows' });
  return { prefix, workers, producer, timings };
}
