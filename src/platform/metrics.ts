import type { JobType, Queue } from 'bullmq';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { allReady, whenReady } from './bullmq-deadline.js';
import { REQUEST_COMMAND_TIMEOUT_MS } from './redis.js';

/**
 * The process's Prometheus metrics. Labels stay low-cardinality on purpose:
 * step, provider, outcome, error kind, queue and state — never a task id.
 */
export interface Metrics {
  readonly registry: Registry;
  readonly postcardsCreated: Counter;
  readonly postcardsCompleted: Counter;
  readonly postcardsFailed: Counter<'step'>;
  readonly postcardsCancelled: Counter;
  readonly postcardDuration: Histogram<'status'>;
  readonly stepDuration: Histogram<'step' | 'provider' | 'outcome'>;
  readonly stepAttempts: Counter<'step' | 'outcome'>;
  readonly stepRetries: Counter<'step'>;
  readonly providerLatency: Histogram<'provider' | 'operation' | 'outcome'>;
  readonly providerErrors: Counter<'provider' | 'kind'>;
  /** One per lookup, labelled with the layer that answered it: memory (hit) or redis (hit, miss, error). */
  readonly cacheLookups: Counter<'step' | 'result' | 'layer'>;
}

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60, 120, 300];

export function createMetrics(options: { readonly process: string; readonly defaultMetrics?: boolean }): Metrics {
  const registry = new Registry();
  registry.setDefaultLabels({ process: options.process });
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    postcardsCreated: new Counter({ name: 'postcards_created_total', help: 'Postcards accepted by the API', registers }),
    postcardsCompleted: new Counter({ name: 'postcards_completed_total', help: 'Postcards that reached COMPLETED', registers }),
    postcardsFailed: new Counter({ name: 'postcards_failed_total', help: 'Postcards that reached FAILED, by failed step', labelNames: ['step'], registers }),
    postcardsCancelled: new Counter({ name: 'postcards_cancelled_total', help: 'Postcards that were CANCELLED', registers }),
    postcardDuration: new Histogram({
      name: 'postcard_duration_seconds',
      help: 'From creation to COMPLETED or FAILED',
      labelNames: ['status'],
      buckets: SECONDS,
      registers,
    }),
    stepDuration: new Histogram({
      name: 'postcard_step_duration_seconds',
      help: 'Duration of one step attempt',
      labelNames: ['step', 'provider', 'outcome'],
      buckets: SECONDS,
      registers,
    }),
    stepAttempts: new Counter({
      name: 'postcard_step_attempts_total',
      help: 'Step attempts by outcome (succeeded, retrying, failed)',
      labelNames: ['step', 'outcome'],
      registers,
    }),
    stepRetries: new Counter({ name: 'postcard_step_retries_total', help: 'Step attempts after the first', labelNames: ['step'], registers }),
    providerLatency: new Histogram({
      name: 'provider_call_duration_seconds',
      help: 'Latency of one provider call',
      labelNames: ['provider', 'operation', 'outcome'],
      buckets: SECONDS,
      registers,
    }),
    providerErrors: new Counter({ name: 'provider_errors_total', help: 'Provider call failures by error class', labelNames: ['provider', 'kind'], registers }),
    cacheLookups: new Counter({
      name: 'postcard_step_cache_total',
      help: 'Step result cache lookups, by the layer that answered (memory or redis)',
      labelNames: ['step', 'result', 'layer'],
      registers,
    }),
  };
}

/** Queue depth gauges, read from BullMQ when Prometheus scrapes. */
export function registerQueueGauges(
  metrics: Metrics,
  queues: readonly Queue[],
  now: () => number = Date.now,
): void {
  const states: JobType[] = ['waiting', 'active', 'delayed', 'failed', 'completed', 'waiting-children', 'prioritized'];
  new Gauge({
    name: 'postcard_queue_jobs',
    help: 'Jobs per step queue and state',
    labelNames: ['queue', 'state'],
    registers: [metrics.registry],
    async collect() {
      this.reset();
      // Bounded once for all queues: BullMQ waits unboundedly for a connection that never became ready, and so would the scrape.
      await whenReady(allReady(queues), REQUEST_COMMAND_TIMEOUT_MS, 'the job counts', async () => {
        // Summed per name (with QUEUE_SHARDS every shard has a queue of each name), then set at once:
        // a scrape that overlaps another, or outlives its deadline, adds nothing twice.
        const totals = new Map<string, Map<JobType, number>>();
        for (const queue of queues) {
          const counts = await queue.getJobCounts(...states);
          const sums = totals.get(queue.name) ?? new Map<JobType, number>();
          for (const state of states) sums.set(state, (sums.get(state) ?? 0) + (counts[state] ?? 0));
          totals.set(queue.name, sums);
        }
        this.reset();
        for (const [queue, sums] of totals) for (const [state, value] of sums) this.set({ queue, state }, value);
      });
    },
  });
  new Gauge({
    name: 'postcard_queue_oldest_waiting_seconds',
    help: 'Age of the oldest waiting job per step queue (0 when none waits)',
    labelNames: ['queue'],
    registers: [metrics.registry],
    async collect() {
      this.reset();
      await whenReady(allReady(queues), REQUEST_COMMAND_TIMEOUT_MS, 'the oldest waiting jobs', async () => {
        const ages = new Map<string, number>();
        for (const queue of queues) {
          const [oldest] = await queue.getJobs(['wait'], 0, 0, true);
          const age = oldest === undefined ? 0 : Math.max(0, (now() - oldest.timestamp) / 1000);
          ages.set(queue.name, Math.max(age, ages.get(queue.name) ?? 0));
        }
        for (const [queue, age] of ages) this.set({ queue }, age);
      });
    },
  });
}
