import { startPrivateRedisCluster, type PrivateRedisCluster, type PrivateRedisClusterOptions } from './private-redis-cluster';
import { startTestSystem, type TestSystem } from './test-system';

export interface ClusterSystem {
  readonly cluster: PrivateRedisCluster;
  readonly system: TestSystem;
}

/**
 * Repair times for a suite that crashes a master. Replication is
 * asynchronous, so a failover may lose writes the crashed master had
 * acknowledged: a job's last move or lock, which BullMQ's stalled check
 * repairs, or a postcard's whole flow, which the reconciler adds again once
 * the postcard has been quiet for STUCK_AFTER_SECONDS. These bring both
 * within the suite's wait (by default 20-35 s and 120-150 s).
 */
export const FAILOVER_REPAIR = {
  JOB_LOCK_DURATION_MS: '5000',
  STALLED_INTERVAL_MS: '2000',
  STUCK_AFTER_SECONDS: '10',
  RECONCILE_INTERVAL_SECONDS: '2',
} as const;

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
      await bounded(started.system?.close(), 60_000, 'closing the API and workers on the cluster');
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

/** `work`, or an error naming it after `ms`: the cluster is destroyed even when a close hangs, and the hang is reported. */
async function bounded(work: Promise<void> | undefined, ms: number, what: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  try {
    await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
