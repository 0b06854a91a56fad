/**
 * Deadlines for BullMQ operations issued on behalf of an HTTP request.
 *
 * Why this exists: a BullMQ FlowProducer or Queue first waits, once, for its
 * ioredis connection to become `ready`, and that wait has no bound. ioredis's
 * maxRetriesPerRequest and commandTimeout only bound commands, and no command
 * is sent before the wait ends. A process that started while Redis refused
 * every client (down, or in protected mode answering `-DENIED` and closing)
 * therefore left every enqueue waiting until Redis came back; the request hung,
 * and the enqueue then ran late, long after the client had been answered.
 */

/** Redis did not accept a queue operation in time; for the client a 503 (error-kinds.ts). */
export class RedisUnavailableError extends Error {
  override readonly name = 'RedisUnavailableError';
}

/** A BullMQ FlowProducer, Queue or anything else that must be ready before it is used. */
export interface Readiness {
  waitUntilReady(): Promise<unknown>;
}

/** Ready when every one of `targets` is (the step queues a removal or a scrape reads). */
export function allReady(targets: readonly Readiness[]): Readiness {
  return { waitUntilReady: () => Promise.all(targets.map((target) => target.waitUntilReady())) };
}

/** `work`'s result, or a RedisUnavailableError once `ms` have passed; the timer never keeps the process alive. */
export function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RedisUnavailableError(`Redis did not accept ${what} within ${ms} ms`)), Math.max(0, ms));
    timer.unref();
  });
  // The loser of the race must not become an unhandled rejection later.
  work.catch(() => undefined);
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

/**
 * Runs `operation` once `target` is ready, all within `ms`. Waiting for
 * readiness first matters beyond the bound: an operation that was never
 * handed to BullMQ cannot be carried out late, after the caller gave up (a
 * flow for a postcard whose create answered 503 and was taken back). Only an
 * operation already sent may still land after its deadline; every caller
 * tolerates that (deterministic job ids; a worker refuses a missing postcard).
 */
export async function whenReady<T>(target: Readiness, ms: number, what: string, operation: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + ms;
  await withDeadline(target.waitUntilReady(), ms, what);
  const left = deadline - Date.now();
  // Ready only as the time ran out: better not to start what could not finish in time.
  if (left <= 0) throw new RedisUnavailableError(`Redis did not accept ${what} within ${ms} ms`);
  return withDeadline(operation(), left, what);
}
