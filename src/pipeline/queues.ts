import { FlowProducer, Queue, QueueEvents, type ConnectionOptions } from 'bullmq';
import type { Config } from '../platform/config.js';
import { isLastStep, PIPELINE, STEP_NAMES, type StepName } from './catalog.js';
import { createFlowEnqueuer, routeByShard, type FlowEnqueuer } from './flow.js';

export type StepQueues = { readonly [K in StepName]: Queue };

/**
 * One Queue per catalog step, for inspection (Bull Board, metrics, cleanup).
 * `onError` receives connection errors, which BullMQ would otherwise print to the console.
 */
export function createStepQueues(connection: ConnectionOptions, prefix: string, onError: (error: Error) => void): StepQueues {
  const make = (step: StepName) => {
    const queue = new Queue(PIPELINE[step].queue, { connection, prefix });
    queue.on('error', onError);
    return queue;
  };
  // fromEntries loses the key types; STEP_NAMES guarantees every step is present.
  return Object.fromEntries(STEP_NAMES.map((step) => [step, make(step)])) as { [K in StepName]: Queue };
}

/** One shard's prefix and its step queues (config.queueShards, queue-shards.ts). */
export interface QueueShard {
  readonly prefix: string;
  readonly queues: StepQueues;
}

/** The step queues of every shard, in config.queueShards' order. */
export function createQueueShards(connection: ConnectionOptions, prefixes: readonly string[], onError: (error: Error) => void): QueueShard[] {
  return prefixes.map((prefix) => ({ prefix, queues: createStepQueues(connection, prefix, onError) }));
}

/** Every queue of every shard (Bull Board, metrics, closing). */
export function allQueues(shards: readonly QueueShard[]): Queue[] {
  return shards.flatMap((shard) => STEP_NAMES.map((step) => shard.queues[step]));
}

export function createFlowProducer(connection: ConnectionOptions, prefix: string): FlowProducer {
  return new FlowProducer({ connection, prefix });
}

/** A flow producer on each shard, and one enqueuer that sends each postcard's operations to its shard. */
export function createShardFlows(
  connection: ConnectionOptions,
  shards: readonly QueueShard[],
  pipeline: Config['pipeline'],
  onError: (error: Error) => void,
): { readonly producers: readonly FlowProducer[]; readonly flows: FlowEnqueuer } {
  const wired = shards.map((shard) => {
    const producer = createFlowProducer(connection, shard.prefix);
    producer.on('error', onError);
    return { producer, flows: createFlowEnqueuer(producer, shard.queues, pipeline) };
  });
  return { producers: wired.map((w) => w.producer), flows: routeByShard(wired.map((w) => w.flows)) };
}

/** Events of the flow's root queue: every finished or failed postcard flow ends there. */
export function createRootQueueEvents(connection: ConnectionOptions, prefix: string): QueueEvents {
  const root = STEP_NAMES.find(isLastStep);
  if (root === undefined) throw new Error('the pipeline catalog has no steps');
  return new QueueEvents(PIPELINE[root].queue, { connection, prefix });
}

export async function closeAll(closables: ReadonlyArray<{ close(): Promise<void> }>): Promise<void> {
  await Promise.all(closables.map((c) => c.close()));
}
