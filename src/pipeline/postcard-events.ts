import { createHash } from 'node:crypto';
import type { RedisConnection } from '../platform/redis.js';
import type { Logger } from '../platform/logger.js';
import { z } from 'zod';
import { ACTIVE_STATUSES, FINISHED_STATUSES } from '../store/postcard-types.js';
import { STEP_NAMES } from './catalog.js';
import { batchedCall } from '../platform/batched-lookup.js';
import { onShard } from './queue-shards.js';

const STATUSES = [...ACTIVE_STATUSES, ...FINISHED_STATUSES] as const;
const step = z.enum(STEP_NAMES);

/** What clients see on SSE and WebSocket, one schema per event type. */
export const PostcardEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('status'), data: z.object({ status: z.enum(STATUSES) }) }),
  z.object({
    type: z.literal('step'),
    data: z.object({
      step,
      state: z.enum(['started', 'completed', 'failed', 'retrying']),
      attempt: z.number().int(),
      provider: z.string().nullable(),
      duration_ms: z.number().optional(),
      error: z.string().optional(),
    }),
  }),
  z.object({ type: z.literal('progress'), data: z.object({ progress: z.number() }) }),
  z.object({
    type: z.literal('result'),
    data: z.object({ concept: z.unknown(), content: z.unknown(), image_url: z.string().nullable(), preview_url: z.string() }),
  }),
  z.object({ type: z.literal('error'), data: z.object({ step: step.nullable(), message: z.string() }) }),
]);
export type PostcardEvent = z.infer<typeof PostcardEventSchema>;

/** An event as delivered: its stream id (usable as Last-Event-ID) and the task it belongs to. */
export interface DeliveredEvent {
  readonly id: string;
  readonly taskId: string;
  readonly event: PostcardEvent;
}

/** `result` and `error` end a postcard's event stream. */
export function isFinalEvent(event: PostcardEvent): boolean {
  return event.type === 'result' || event.type === 'error';
}

export interface EventPublisher {
  /** Best effort: a lost event must never fail the work it reports on, so this never throws. */
  publish(taskId: string, ...events: PostcardEvent[]): Promise<void>;
}

export function eventStreamKey(prefix: string, taskId: string): string {
  return `${prefix}:events:${taskId}`;
}

export function eventChannel(prefix: string): string {
  return `${prefix}:events`;
}

/**
 * KEYS[1] the postcard's stream, KEYS[2] the live channel.
 * ARGV[1] max stream length, ARGV[2] ttl seconds, ARGV[3] task id, ARGV[4..] event JSON.
 * Appends each event to the stream (the replay log behind Last-Event-ID),
 * refreshes the stream's TTL, and publishes each with its id for live
 * subscribers in every API process. Atomic, and one round trip.
 * Returns the ids.
 * On a Redis Cluster a script's keys must share a slot: both begin with the
 * prefix and its hash tag, so they do; PUBLISH reaches every node's subscribers.
 */
const PUBLISH_SCRIPT = `
local ids = {}
for i = 4, #ARGV do
  local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*', 'e', ARGV[i])
  redis.call('PUBLISH', KEYS[2], cjson.encode({ t = ARGV[3], id = id, e = ARGV[i] }))
  ids[#ids + 1] = id
end
redis.call('EXPIRE', KEYS[1], ARGV[2])
return ids
`;

const PUBLISH_SHA = createHash('sha1').update(PUBLISH_SCRIPT).digest('hex');

export interface EventStoreOptions {
  /** config.queueShards: a postcard's log and channel are on its shard, the slot its flow is on (queue-shards.ts). */
  readonly prefixes: readonly string[];
  readonly ttlSeconds: number;
  readonly maxLength?: number;
}

/**
 * Publishes in one turn of the event loop (a worker's dozens of jobs reporting,
 * a burst of creates) share a pipeline: one write and one read for all of them
 * instead of one each (BENCHMARKS.md, "events pipelined"). Each publish is
 * still its own script call, atomic on its own, and a pipeline keeps their
 * order. On a cluster every event key carries its shard prefix's hash tag
 * (config.ts insists), so each shard's pipeline stays in one slot.
 */
export function createEventPublisher(redis: RedisConnection, options: EventStoreOptions, logger: Logger): EventPublisher {
  // One batch per shard: a cluster pipeline must stay in one slot.
  const shards = options.prefixes.map((prefix) => ({
    prefix,
    channel: eventChannel(prefix),
    send: batchedCall((batch: readonly (readonly string[])[]) => runScripts(redis, batch)),
  }));
  return {
    async publish(taskId, ...events) {
      if (events.length === 0) return;
      const { prefix, channel, send } = onShard(shards, taskId);
      try {
        await send([
          eventStreamKey(prefix, taskId),
          channel,
          String(options.maxLength ?? 500),
          String(options.ttlSeconds),
          taskId,
          ...events.map((e) => JSON.stringify(e)),
        ]);
      } catch (error) {
        logger.warn('could not publish postcard events', { task_id: taskId, types: events.map((e) => e.type), error });
      }
    },
  };
}

/**
 * EVALSHA spares sending the script with every event; a Redis that restarted
 * (or never saw it) answers NOSCRIPT, and those calls go again as EVAL, which
 * loads it, in their order.
 */
async function runScripts(redis: RedisConnection, batch: readonly (readonly string[])[]): Promise<PromiseSettledResult<void>[]> {
  const first = await pipelined(redis, batch, (pipeline, args) => pipeline.evalsha(PUBLISH_SHA, 2, ...args));
  const missing = batch.filter((_, index) => isNoScript(first[index]));
  if (missing.length === 0) return first;
  const second = await pipelined(redis, missing, (pipeline, args) => pipeline.eval(PUBLISH_SCRIPT, 2, ...args));
  let next = 0;
  return first.map((outcome) => (isNoScript(outcome) ? (second[next++] ?? outcome) : outcome));
}

type Pipeline = ReturnType<RedisConnection['pipeline']>;

async function pipelined(
  redis: RedisConnection,
  batch: readonly (readonly string[])[],
  add: (pipeline: Pipeline, args: readonly string[]) => void,
): Promise<PromiseSettledResult<void>[]> {
  const pipeline = redis.pipeline();
  for (const args of batch) add(pipeline, args);
  const replies = (await pipeline.exec()) ?? [];
  return batch.map((_, index) => {
    const reply = replies[index];
    if (reply === undefined) return { status: 'rejected', reason: new Error('the pipeline returned no reply') };
    return reply[0] === null ? { status: 'fulfilled', value: undefined } : { status: 'rejected', reason: reply[0] };
  });
}

function isNoScript(outcome: PromiseSettledResult<void> | undefined): boolean {
  return outcome?.status === 'rejected' && outcome.reason instanceof Error && outcome.reason.message.startsWith('NOSCRIPT');
}
