import { FlowProducer, Worker, type FlowJob, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { PIPELINE, STEP_NAMES, stepJobId, stepJobOptions, type StepJobData, type StepJobResult, type StepName } from '../../../src/pipeline/catalog.js';
import type { Config } from '../../../src/platform/config.js';

/**
 * The baseline: a bare BullMQ flow of the same shape as ours (four nested
 * nodes on the catalog's four queues, the same job ids and the same job
 * options, so BullMQ's own bookkeeping is identical) with trivial processors,
 * no database, no HTTP, no events, no logging.
 */
export function bareFlowTree(taskId: string, pipeline: Config['pipeline']): FlowJob {
  let node: FlowJob | undefined;
  for (const step of STEP_NAMES) {
    const data: StepJobData = { taskId, run: 1 };
    node = {
      name: step,
      queueName: PIPELINE[step].queue,
      data,
      // The built-in exponential backoff instead of our provider-aware one: no job fails here, so only its name differs.
      opts: { ...stepJobOptions(step, pipeline), backoff: { type: 'exponential', delay: pipeline.backoffMs }, jobId: stepJobId(taskId, step, 1) },
      ...(node === undefined ? {} : { children: [node] }),
    };
  }
  if (node === undefined) throw new Error('the catalog has no steps');
  return node;
}

export interface BareProducer {
  /** Adds one flow; resolves when BullMQ has stored it. */
  add(taskId: string): Promise<void>;
  /** When each flow's add was called (ms since the epoch), by task id. */
  readonly addedAt: Map<string, number>;
  close(): Promise<void>;
}

/**
 * Like our API's FlowProducer connection: fail fast rather than queue forever.
 * `beforeAdd` runs between stamping `addedAt` and adding the flow (the durable
 * floor's INSERT of the postcard row).
 */
export function createBareProducer(
  redisUrl: string,
  prefix: string,
  pipeline: Config['pipeline'],
  onError: (error: Error) => void,
  beforeAdd?: (taskId: string) => Promise<void>,
): BareProducer {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: 1, connectionName: `${prefix}:producer` });
  connection.on('error', onError);
  const producer = new FlowProducer({ connection, prefix });
  producer.on('error', onError);
  const addedAt = new Map<string, number>();
  return {
    addedAt,
    async add(taskId) {
      addedAt.set(taskId, Date.now());
      if (beforeAdd !== undefined) await beforeAdd(taskId);
      await producer.add(bareFlowTree(taskId, pipeline));
    },
    async close() {
      await producer.close();
      await connection.quit();
    },
  };
}

export interface BareWorkers {
  readonly workers: readonly Worker<StepJobData, StepJobResult>[];
  close(): Promise<void>;
}

/**
 * Four workers whose processors only wait `latencyMs[step]` (absent or 0: return at
 * once) and return the same small reference ours do. Lock and stall settings
 * match src/pipeline/pipeline-workers.ts.
 */
export function startBareWorkers(
  redisUrl: string,
  prefix: string,
  concurrency: number,
  latencyMs: { readonly [S in StepName]?: number },
  onError: (error: Error) => void,
): BareWorkers {
  return startStepWorkers(redisUrl, prefix, concurrency, (job, step) => simulateStep(job, step, latencyMs), onError);
}

/** The bare processors' whole work: wait the step's simulated latency, return the small reference. */
export async function simulateStep(job: Job<StepJobData, StepJobResult>, step: StepName, latencyMs: { readonly [S in StepName]?: number }): Promise<StepJobResult> {
  const ms = latencyMs[step] ?? 0;
  if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
  return { taskId: job.data.taskId, step };
}

/** Four workers on the catalog's queues running `processor`, with the lock and stall settings of src/pipeline/pipeline-workers.ts. */
export function startStepWorkers(
  redisUrl: string,
  prefix: string,
  concurrency: number,
  processor: (job: Job<StepJobData, StepJobResult>, step: StepName) => Promise<StepJobResult>,
  onError: (error: Error) => void,
): BareWorkers {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null, connectionName: `${prefix}:workers` });
  connection.on('error', onError);
  const workers = STEP_NAMES.map((step) => {
    const worker = new Worker<StepJobData, StepJobResult>(
      PIPELINE[step].queue,
      async (job) => processor(job, step),
      { connection, prefix, concurrency, lockDuration: 30_000, stalledInterval: 15_000, maxStalledCount: 2 },
    );
    worker.on('error', onError);
    return worker;
  });
  return {
    workers,
    async close() {
      await Promise.all(workers.map((w) => w.close()));
      await connection.quit();
    },
  };
}

export const NO_LATENCY: { readonly [S in StepName]?: number } = {};
