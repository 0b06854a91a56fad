import { startPrivateRedisCluster, type PrivateRedisCluster } from './private-redis-cluster';
import { startTestSystem, type TestSystem } from './test-system';

export interface ClusterSystem {
  readonly cluster: PrivateRedisCluster;
  readonly system: TestSystem;
}

/**
 * Registers the suite's hooks: before all tests a private 3+3 Redis Cluster and
 * the real API and workers on it (REDIS_CLUSTER_NODES plus `env`), with the
 * lock and stall times short, because replication is asynchronous and a
 * failover may lose a job's last move or lock, which BullMQ's stalled check
 * repairs; after all, both stopped. Read the fields inside tests only.
 */
export function onPrivateCluster(env: Readonly<Record<string, string>>): ClusterSystem {
  let cluster: PrivateRedisCluster | undefined;
  let system: TestSystem | undefined;
  beforeAll(async () => {
    cluster = await startPrivateRedisCluster();
    system = await startTestSystem({
      env: { REDIS_CLUSTER_NODES: cluster.seeds, JOB_LOCK_DURATION_MS: '5000', STALLED_INTERVAL_MS: '2000', ...env },
    });
  }, 120_000);
  afterAll(async () => {
    try {
      await system?.close();
    } finally {
      await cluster?.destroy();
    }
  }, 120_000);
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the cluster suite has not started');
    return value;
  };
  return {
    get cluster() {
      return started(cluster);
    },
    get system() {
      return started(system);
    },
  };
}
