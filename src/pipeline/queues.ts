import { FlowProducer, Queue, QueueEvents, type ConnectionOptions } from 'bullmq';
import { isLastStep, PIPELINE, STEP_NAMES, type StepName } from './catalog.js';

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

export function createFlowProducer(connection: ConnectionOptions, prefix: string): FlowProducer {
  return new FlowProducer({ connection, prefix });
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
