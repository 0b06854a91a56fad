import type { RedisConnection } from '../platform/redis.js';
import { z } from 'zod';
import { firstIssue, jsonMessage } from '../platform/json-message.js';
import type { Logger } from '../platform/logger.js';

/**
 * Commands from the API to every worker process, over Redis Pub/Sub. Today
 * one: cancel a postcard's running step. Pub/Sub is fire-and-forget, which is
 * enough here: PostgreSQL already says CANCELLED, so a worker that misses the
 * message still discards its result when it tries to store it.
 */
const ControlMessageSchema = z.object({ type: z.literal('cancel'), taskId: z.uuid(), run: z.number().int().min(1) });
export type ControlMessage = z.infer<typeof ControlMessageSchema>;
const ControlTextSchema = jsonMessage(ControlMessageSchema);

export function controlChannel(prefix: string): string {
  return `${prefix}:control`;
}

export async function publishControl(redis: RedisConnection, prefix: string, message: ControlMessage): Promise<void> {
  await redis.publish(controlChannel(prefix), JSON.stringify(message));
}

/**
 * Subscribes `subscriber` (a connection of its own) and hands valid messages
 * to `handle`. Anything else is logged and dropped: anyone who can PUBLISH
 * reaches this listener, and a throw here would reach the event loop.
 */
export async function listenForControl(subscriber: RedisConnection, prefix: string, logger: Logger, handle: (message: ControlMessage) => void): Promise<void> {
  const channel = controlChannel(prefix);
  subscriber.on('message', (from: string, raw: string) => {
    if (from !== channel) return;
    const parsed = ControlTextSchema.safeParse(raw);
    if (!parsed.success) {
      logger.warn('dropping a malformed message on the control channel', { channel, bytes: raw.length, reason: firstIssue(parsed.error) });
      return;
    }
    try {
      handle(parsed.data);
    } catch (error) {
      logger.error('could not act on a control message', { task_id: parsed.data.taskId, type: parsed.data.type, error });
    }
  });
  await subscriber.subscribe(channel);
}
