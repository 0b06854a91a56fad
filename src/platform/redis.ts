import { Redis, type RedisOptions } from 'ioredis';

/**
 * Two kinds of connection, because BullMQ needs different failure behaviour:
 * - `blocking` for Workers and QueueEvents: commands wait across a Redis
 *   restart (maxRetriesPerRequest null), as BullMQ requires.
 * - `request` for the API path: a command fails quickly while Redis is down,
 *   so an HTTP request answers 503 instead of hanging. Commands issued while
 *   (re)connecting wait in the offline queue, but only until the first failed
 *   reconnect (maxRetriesPerRequest 1), and never longer than commandTimeout.
 */
export type RedisRole = 'blocking' | 'request';

export function createRedis(url: string, role: RedisRole, name: string): Redis {
  // `satisfies`, not a RedisOptions annotation: ioredis declares replyMapping as
  // `?: Mode | undefined` there but `?: Mode` on the constructor, so under
  // exactOptionalPropertyTypes its own type is not accepted by `new Redis`.
  const options = (
    role === 'blocking'
      ? { maxRetriesPerRequest: null, connectionName: name }
      : { maxRetriesPerRequest: 1, enableOfflineQueue: true, connectTimeout: 3000, commandTimeout: 5000, connectionName: name }
  ) satisfies RedisOptions;
  return new Redis(url, {
    ...options,
    // Reconnect forever with a capped delay; Redis coming back must heal everything.
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
}
