import type { Redis } from 'ioredis';
import { z } from 'zod';

/**
 * Commands from the API to every worker process, over Redis Pub/Sub. Today
 * one: cancel a postcard's running step. Pub/Sub is fire-and-forget, which is
 * enough here: PostgreSQL already says CANCELLED, so a worker that misses the
 * message still discards its result when it tries to store it.
 */
const ControlMessageSchema = z.object({ type: z.literal('cancel'), taskId: z.uuid(), run: z.number().int().min(1) });
export type ControlMessage = z.infer<typeof ControlMessageSchema>;

export function controlChannel(prefix: string): string {
  return `${prefix}:control`;
}

export async function publishControl(redis: Redis, prefix: string, message: ControlMessage): Promise<void> {
  await redis.publish(controlChannel(prefix), JSON.stringify(message));
}

/** Subscribes `subscriber` (a connection of its own) and hands valid messages to `handle`. */
export async function listenForControl(subscriber: Redis, prefix: string, handle: (message: ControlMessage) => void): Promise<void> {
  const channel = controlChannel(prefix);
  subscriber.on('message', (from: string, raw: string) => {
    if (from !== channel) return;
    const parsed = ControlMessageSchema.safeParse(JSON.parse(raw));
    if (parsed.success) handle(parsed.data);
  });
  await subscriber.subscribe(channel);
}
