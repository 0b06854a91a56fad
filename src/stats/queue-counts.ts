import { STEP_NAMES, type StepName } from '../pipeline/catalog.js';
import type { QueueShard } from '../pipeline/queues.js';
import { whenReady } from '../platform/bullmq-deadline.js';
import { REQUEST_COMMAND_TIMEOUT_MS } from '../platform/redis.js';

/** Live job counts of one step queue. */
export interface QueueCounts {
  readonly waiting: number;
  readonly active: number;
  readonly delayed: number;
  readonly failed: number;
  readonly waitingChildren: number;
}

export interface StepQueueCounts {
  readonly step: StepName;
  readonly counts: QueueCounts;
}

/**
 * Counts of every step queue, in catalog order, summed over the shards.
 * BullMQ keeps prioritized jobs in a set of their own; they are waiting to
 * run all the same, so they are folded into `waiting` (as BullMQ's own
 * Queue#count does).
 */
export async function readQueueCounts(shards: readonly QueueShard[]): Promise<StepQueueCounts[]> {
  return Promise.all(
    STEP_NAMES.map(async (step) => {
      const perShard = await Promise.all(
        shards.map(async ({ queues }) => {
          const queue = queues[step];
          // Bounded: BullMQ waits unboundedly for a connection that never became ready (bullmq-deadline.ts).
          return whenReady(queue, REQUEST_COMMAND_TIMEOUT_MS, `${step}'s job counts`, () =>
            queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed', 'waiting-children'),
          );
        }),
      );
      const sum = (...states: string[]) => perShard.reduce((total, c) => total + states.reduce((n, state) => n + (c[state] ?? 0), 0), 0);
      const counts: QueueCounts = {
        waiting: sum('waiting', 'prioritized'),
        active: sum('active'),
        delayed: sum('delayed'),
        failed: sum('failed'),
        waitingChildren: sum('waiting-children'),
      };
      return { step, counts };
    }),
  );
}

/** Jobs not yet started: waiting, delayed (scheduled or backing off) and parents waiting for children. */
export function backlogOf(queues: readonly StepQueueCounts[]): number {
  return queues.reduce((sum, { counts }) => sum + counts.waiting + counts.delayed + counts.waitingChildren, 0);
}
