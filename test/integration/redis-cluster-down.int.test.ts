import { withDeadline } from '../../src/platform/bullmq-deadline';
import { createRedis, type RedisConnection } from '../../src/platform/redis';
import { startPrivateRedisCluster, type PrivateRedisCluster } from '../support/private-redis-cluster';
import { waitFor } from '../support/wait';

/** Resolves once `work` settles either way; fails the test after `ms`. */
const settles = (work: Promise<unknown>, ms: number, what: string) => withDeadline(work.then(() => undefined, () => undefined), ms, what);

const ended = (client: RedisConnection) => new Promise<void>((resolve) => client.once('end', () => resolve()));

/**
 * While a Redis Cluster says cluster_state:fail (a master is down and no
 * replica has taken over: every failover window; here for good, as the
 * master has none), our cluster clients still connect, and each connect()
 * they are asked for settles. BullMQ resets a Worker's blocking connection
 * with a disconnect and a connect() it awaits; with ioredis's ready check,
 * that connect() never settled in this state, and the worker's queue stopped
 * for good after a failover.
 */
describe('a cluster client while the cluster is down', () => {
  let cluster: PrivateRedisCluster;

  beforeAll(async () => {
    cluster = await startPrivateRedisCluster({ replicas: 0 });
  }, 120_000);
  afterAll(async () => {
    await cluster?.destroy();
  }, 60_000);

  it('connects, settles every connect(), and fails commands instead of holding them', async () => {
    const [lost, ...alive] = cluster.nodes;
    if (lost === undefined || alive[0] === undefined) throw new Error('the cluster has no nodes');
    await cluster.kill(lost.port);
    await waitFor(() => cluster.cli(alive[0]?.port ?? 0, 'cluster', 'info'), (info) => info.includes('cluster_state:fail'), {
      what: 'cluster_state:fail',
      timeoutMs: 20_000,
      intervalMs: 200,
    });
    const seeds = alive.map((node) => ({ host: '127.0.0.1', port: node.port }));

    for (const role of ['blocking', 'request'] as const) {
      const client = createRedis({ url: 'redis://unused', clusterNodes: seeds }, role, `down-${role}`);
      client.on('error', () => undefined);
      try {
        await settles(new Promise((resolve) => client.once('ready', resolve)), 10_000, `the ${role} client to be ready`);
        // What BullMQ does to a blocking connection whose command it gave up on.
        const end = ended(client);
        client.disconnect();
        await end;
        await settles(client.connect(), 10_000, `the ${role} client's connect()`);
        // Every node refuses queries while the cluster is down (or its slot is the lost one); the client says so rather than waiting.
        const outcome = await Promise.race([
          client.set('{down}:probe', '1').then(
            () => 'served',
            (error: unknown) => String(error),
          ),
          new Promise<string>((resolve) => setTimeout(() => resolve('held'), 15_000).unref()),
        ]);
        expect(outcome).toMatch(/CLUSTERDOWN|Too many Cluster redirections/);
      } finally {
        client.disconnect();
      }
    }
  }, 90_000);
});
