import { startPrivateRedis } from '../../test/support/private-redis';
import { startPrivateRedisCluster } from '../../test/support/private-redis-cluster';
import { queueShardPrefixes } from '../../src/platform/redis-cluster-settings';

/**
 * The chaos run's Redis and the ways it breaks: a single redis-server or a
 * 3-master, 3-replica cluster of its own, never the shared one.
 */
export interface ChaosRedis {
  /** How the service reaches it (REDIS_URL, REDIS_CLUSTER_NODES). */
  readonly env: Readonly<Record<string, string>>;
  /** For the start-up line. */
  readonly description: string;
  /** A crash: SIGKILL, then resolves once Redis serves again; returns what happened, for the log and the report. */
  crash(): Promise<string>;
  /** A planned restart (SIGTERM flushes the AOF first), where the deployment has one; returns what happened. */
  restart?(): Promise<string>;
  destroy(): Promise<void>;
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * How long a crashed redis-server stays down before it is started again, as a
 * supervisor's restart delay would keep it: long enough that creates in flight
 * are refused and the workers' commands fail, not only that they reconnect.
 */
const DOWN_MS = 2000;

/**
 * One redis-server with AOF, fsync'd every second, as docker-compose runs it.
 * SIGKILL loses what Redis acknowledged but had not yet written to the AOF;
 * the kernel keeps what it had written (only a machine crash loses the last
 * second), so the run shows that the service heals from whatever the restart
 * brings back, whether or not it is everything.
 */
export async function singleRedis(shards: number): Promise<ChaosRedis> {
  const redis = await startPrivateRedis({ appendOnly: true, appendFsync: 'everysec' });
  return {
    env: { REDIS_URL: redis.url, QUEUE_SHARDS: String(shards) },
    description: `redis on ${redis.port} (appendonly yes, appendfsync everysec), QUEUE_SHARDS ${shards}`,
    async crash() {
      const at = Date.now();
      await redis.stop('SIGKILL');
      await sleep(DOWN_MS);
      await redis.start();
      return `SIGKILLed Redis (appendfsync everysec), restarted it from its AOF after ${DOWN_MS / 1000} s; serving again after ${seconds(at)}`;
    },
    async restart() {
      const at = Date.now();
      await redis.stop('SIGTERM');
      await redis.start();
      return `restarted Redis gracefully (SIGTERM); serving again after ${seconds(at)}`;
    },
    destroy: () => redis.destroy(),
  };
}

/** The hash tag every key of the service carries on a cluster (QUEUE_PREFIX's default there). */
const PREFIX = '{postcard}';

/**
 * A Redis Cluster of 3 masters and 3 replicas. Its crash SIGKILLs the master
 * that owns the slot of the first queue shard (with QUEUE_SHARDS=1, the one
 * holding every queue), and waits for its replica to take over. Replication
 * is asynchronous, so the writes the replica had not yet received are lost
 * with the master: that is what the reconciler and BullMQ's stalled-job check
 * have to repair.
 */
export async function clusterRedis(shards: number): Promise<ChaosRedis> {
  const cluster = await startPrivateRedisCluster();
  const first = cluster.nodes[0];
  if (first === undefined) throw new Error('the cluster has no nodes');
  const target = queueShardPrefixes(PREFIX, shards)[0] ?? PREFIX;
  return {
    env: {
      REDIS_CLUSTER_NODES: cluster.seeds,
      // Only its credentials and TLS would be used; pointing it at the cluster keeps the shared Redis out of reach.
      REDIS_URL: `redis://127.0.0.1:${first.port}`,
      QUEUE_SHARDS: String(shards),
    },
    description: `a Redis Cluster of 3 masters and 3 replicas (${cluster.seeds}), QUEUE_PREFIX ${PREFIX} by default, QUEUE_SHARDS ${shards}`,
    async crash() {
      const at = Date.now();
      const master = await cluster.masterOf(target);
      await cluster.crash(master);
      const successor = await cluster.masterOf(target);
      return `SIGKILLed the master on ${master} that owns ${target}'s slot; its replica on ${successor} took over, cluster_state:ok after ${seconds(at)}`;
    },
    destroy: () => cluster.destroy(),
  };
}
