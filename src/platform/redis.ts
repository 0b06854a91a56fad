import { Cluster, Redis, type ClusterOptions, type RedisOptions } from 'ioredis';
import type { RedisNatMap, RedisNode } from './redis-cluster-settings.js';

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

/**
 * A connection as the rest of the code sees it: one Redis, or a Redis Cluster
 * (REDIS_CLUSTER_NODES). Both speak the same commands; on a cluster, every
 * multi-key command, transaction, pipeline and script must stay in one hash
 * slot (ARCHITECTURE.md, "Redis keys and slots").
 */
export type RedisConnection = Redis | Cluster;

/** Where to connect: REDIS_URL alone, or the cluster's seed nodes with REDIS_URL's credentials and scheme. */
export interface RedisTarget {
  readonly url: string;
  /** null: a single Redis at `url`. */
  readonly clusterNodes: readonly RedisNode[] | null;
  /** A cluster's nodes that announce addresses this process cannot dial, and where to reach each instead. */
  readonly natMap?: RedisNatMap | null;
}

/**
 * The longest one `request` command may wait for its reply. BullMQ's queue
 * operations on the API path are held to the same bound (bullmq-deadline.ts),
 * so that "Redis does not answer" means the same everywhere a request waits.
 */
export const REQUEST_COMMAND_TIMEOUT_MS = 5000;

// Reconnect forever with a capped delay; Redis coming back must heal everything.
const reconnectDelay = (times: number) => Math.min(times * 200, 2000);

export function createRedis(target: RedisTarget, role: RedisRole, name: string): RedisConnection {
  // `satisfies`, not a RedisOptions annotation: ioredis declares replyMapping as
  // `?: Mode | undefined` there but `?: Mode` on the constructor, so under
  // exactOptionalPropertyTypes its own type is not accepted by `new Redis`.
  const options = (
    role === 'blocking'
      ? { maxRetriesPerRequest: null, connectionName: name }
      : { maxRetriesPerRequest: 1, connectTimeout: 3000, commandTimeout: REQUEST_COMMAND_TIMEOUT_MS, connectionName: name }
  ) satisfies RedisOptions;
  if (target.clusterNodes === null) return new Redis(target.url, { ...options, enableOfflineQueue: true, retryStrategy: reconnectDelay });
  return new (role === 'request' ? RequestCluster : Cluster)(
    target.clusterNodes.map((node) => ({ host: node.host, port: node.port })),
    {
      // The offline queue holds commands while the client (re)learns the slots, as for one Redis.
      enableOfflineQueue: true,
      // No ready check: ioredis checks CLUSTER INFO after learning the slots, and on
      // cluster_state:fail (every failover window) it reconnects without ever settling
      // the connect() it was called for. BullMQ awaits that connect() when it resets a
      // Worker's blocking connection, so a reset during a failover parked the worker's
      // loop for good and its queue stopped. Without it, commands sent in the window
      // get CLUSTERDOWN and are retried (retryDelayOnClusterDown), as they would be anyway.
      // (The lost resolve is redis/ioredis PR #741, open since 2018; seen here 2026-12-02.)
      enableReadyCheck: false,
      ...(target.natMap === undefined || target.natMap === null ? {} : { natMap: { ...target.natMap } }),
      clusterRetryStrategy: reconnectDelay,
      redisOptions: { ...options, ...credentials(target.url) },
    } satisfies ClusterOptions,
  );
}

/**
 * A cluster client whose every command settles within REQUEST_COMMAND_TIMEOUT_MS,
 * as a single Redis's `request` connection does. ioredis times a command only
 * once a node's connection sends it; one held in the cluster's offline queue
 * (a cluster never reached since the process started) would wait for ever, and
 * the HTTP request with it. The first timer set on a command is the one kept.
 */
class RequestCluster extends Cluster {
  override sendCommand(...args: Parameters<Cluster['sendCommand']>): unknown {
    args[0].setTimeout(REQUEST_COMMAND_TIMEOUT_MS);
    return super.sendCommand(...args);
  }
}

/** REDIS_URL's user, password and TLS, which every node of a cluster shares; its host and port are not used. */
function credentials(url: string): Pick<RedisOptions, 'username' | 'password' | 'tls'> {
  const parsed = new URL(url);
  return {
    ...(parsed.username === '' ? {} : { username: decodeURIComponent(parsed.username) }),
    ...(parsed.password === '' ? {} : { password: decodeURIComponent(parsed.password) }),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}
