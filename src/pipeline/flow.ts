import type { FlowJob } from 'bullmq';
import type { Config } from '../platform/config.js';
import { PIPELINE, STEP_NAMES, stepJobId, stepJobOptions, type StepJobData, type StepName } from './catalog.js';
import { REQUEST_COMMAND_TIMEOUT_MS } from '../platform/redis.js';
import { allReady, whenReady, type Readiness } from '../platform/bullmq-deadline.js';
import { batchedCall } from '../platform/batched-lookup.js';
import { onShard } from './queue-shards.js';

/**
 * One postcard's flow tree, built from the catalog: the last step is the root
 * and each step is the only child of the step after it, so BullMQ runs them in
 * catalog order. `fromStep` starts the chain later (retry from a failed step).
 */
export function buildPostcardFlow(
  data: StepJobData,
  pipeline: Config['pipeline'],
  fromStep: StepName = STEP_NAMES[0],
): FlowJob {
  const steps = STEP_NAMES.slice(STEP_NAMES.indexOf(fromStep));
  let node: FlowJob | undefined;
  for (const step of steps) {
    const job: FlowJob = {
      name: step,
      queueName: PIPELINE[step].queue,
      data,
      opts: { ...stepJobOptions(step, pipeline), jobId: stepJobId(data.taskId, step, data.run) },
      ...(node === undefined ? {} : { children: [node] }),
    };
    node = job;
  }
  if (node === undefined) throw new Error(`no steps from ${fromStep}`);
  return node;
}

export interface FlowEnqueuer {
  enqueue(data: StepJobData, fromStep?: StepName): Promise<void>;
  /** Removes a run's jobs that are not running; returns how many went. */
  remove(data: StepJobData): Promise<number>;
  /** Each step's job state in catalog order ('unknown' when Redis has no such job). */
  states(data: StepJobData): Promise<readonly string[]>;
}

/** What the enqueuer uses of BullMQ (narrowed, so that a test can stand in for a Redis that never becomes ready). */
export interface FlowProducerLike extends Readiness {
  add(flow: FlowJob): Promise<unknown>;
  addBulk(flows: FlowJob[]): Promise<unknown>;
}
export interface StepQueueLike extends Readiness {
  remove(jobId: string, opts: { removeChildren: boolean }): Promise<number>;
  getJobState(jobId: string): Promise<string>;
}
export type StepQueuesLike = { readonly [K in StepName]: StepQueueLike };

/**
 * Every operation settles within `deadlineMs` (a RedisUnavailableError when
 * Redis does not accept it): an HTTP request waits on enqueue and remove, and
 * a reconciler pass on states, so none may wait for Redis indefinitely.
 */
export function createFlowEnqueuer(
  producer: FlowProducerLike,
  queues: StepQueuesLike,
  pipeline: Config['pipeline'],
  deadlineMs: number = REQUEST_COMMAND_TIMEOUT_MS,
): FlowEnqueuer {
  const allQueues = allReady(STEP_NAMES.map((step) => queues[step]));
  const add = batchedCall(async (flows: readonly FlowJob[]): Promise<PromiseSettledResult<void>[]> => {
    const [only] = flows;
    if (flows.length === 1 && only !== undefined) await producer.add(only);
    // Flows of one turn of the event loop (a burst of creates) in one MULTI:
    // one round trip for all. EXEC is not a rollback: a job whose own script
    // failed inside it (which BullMQ's addBulk does not report, where add
    // reports the root's) leaves that postcard PENDING with part of its jobs,
    // for the workflow timeout to fail. BullMQ's scripts fail a job so only for
    // a missing parent, and our roots have none; a command Redis refuses (out
    // of memory) aborts the whole MULTI (EXECABORT), which throws here.
    else await producer.addBulk([...flows]);
    return flows.map(() => ({ status: 'fulfilled', value: undefined }));
  });
  return {
    enqueue: (data, fromStep) =>
      whenReady(producer, deadlineMs, `the flow of ${data.taskId}`, () => add(buildPostcardFlow(data, pipeline, fromStep))),
    remove: ({ taskId, run }) =>
      whenReady(allQueues, deadlineMs, `the removal of ${taskId}'s jobs`, async () => {
        // Root first, with its subtree; then any job the subtree removal left.
        // A running (locked) job refuses removal: it finds the postcard inactive,
        // discards its result and fails, which fails what is left of the flow.
        let removed = 0;
        for (const step of [...STEP_NAMES].reverse()) {
          removed += await queues[step].remove(stepJobId(taskId, step, run), { removeChildren: true });
        }
        return removed;
      }),
    states: ({ taskId, run }) =>
      whenReady(allQueues, deadlineMs, `the job states of ${taskId}`, () =>
        Promise.all(STEP_NAMES.map(async (step): Promise<string> => queues[step].getJobState(stepJobId(taskId, step, run)))),
      ),
  };
}

/**
 * One enqueuer over several shards (config.queueShards, in order, one
 * enqueuer each). A flow goes to the shard of the postcard's task id
 * (queue-shards.ts). A run's jobs may still sit on another shard, queued
 * before QUEUE_SHARDS changed: a removal clears every shard, and the job
 * states come from whichever shard has the run, so that the reconciler does
 * not enqueue again what another shard's workers are still running. One shard
 * is that shard's enqueuer itself.
 */
export function routeByShard(perShard: readonly FlowEnqueuer[]): FlowEnqueuer {
  const [only] = perShard;
  if (perShard.length === 1 && only !== undefined) return only;
  const known = (states: readonly string[]) => states.some((state) => state !== 'unknown');
  return {
    enqueue: (data, fromStep) => onShard(perShard, data.taskId).enqueue(data, fromStep),
    // The postcard's own shard must answer; another shard that cannot be reached (its master failing
    // over) must not hold up, or fail, the removals and checks of postcards it has nothing to do with.
    async remove(data) {
      const own = onShard(perShard, data.taskId);
      const others = Promise.allSettled(perShard.filter((shard) => shard !== own).map((shard) => shard.remove(data)));
      const removed = await own.remove(data);
      return (await others).reduce((sum, outcome) => sum + (outcome.status === 'fulfilled' ? outcome.value : 0), removed);
    },
    async states(data) {
      const own = onShard(perShard, data.taskId);
      const states = await own.states(data);
      if (known(states)) return states;
      for (const other of perShard) {
        if (other === own) continue;
        const elsewhere = await other.states(data).catch(() => null);
        if (elsewhere !== null && known(elsewhere)) return elsewhere;
      }
      return states;
    },
  };
}
