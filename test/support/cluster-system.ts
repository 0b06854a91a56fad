import { startPrivateRedisCluster, type PrivateRedisCluster, type PrivateRedisClusterOptions } from './private-redis-cluster';
import { startTestSystem, type TestSystem } from './test-system';

export interface ClusterSystem {
  readonly cluster: PrivateRedisCluster;
  readonly system: TestSystem;
}

/**
 * Lock and stall times for a suite that crashes a master: replication is
 * asynchronous, so a failover may lose a job's last move or lock, which
 * BullMQ's stalled check repairs; sooner with these.
 */
export const FAILOVER_LOCKS = { JOB_LOCK_DURATION_MS: '5000', STALLED_INTERVAL_MS: '2000' } as const;

/**
 * Registers the suite's hooks: before all tests a private Redis Cluster
 * (`cluster()`'s options, read when the hook runs; 3 masters and 3 replicas
 * by default) and the real API and workers on it (REDIS_CLUSTER_NODES plus
 * `env`); after all, both stopped. Read the fields inside tests only.
 */
export function onPrivateCluster(env: Readonly<Record<string, string>>, cluster: () => PrivateRedisClusterOptions = () => ({})): ClusterSystem {
  let started: { cluster?: PrivateRedisCluster; system?: TestSystem } = {};
  beforeAll(async () => {
    const redis = await startPrivateRedisCluster(cluster());
    started = { cluster: redis };
    started.system = await startTestSystem({ env: { REDIS_CLUSTER_NODES: redis.seeds, ...env } });
  }, 120_000);
  afterAll(async () => {
    try {
      await started.system?.close();
    } finally {
      await started.cluster?.destroy();
    }
  }, 120_000);
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the cluster suite has not started');
    return value;
  };
  return {
    get cluster() {
      return ready(started.cluster);
    },
    get system() {
      return ready(started.system);
    },
  };
}
