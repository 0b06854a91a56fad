import { randomUUID } from 'node:crypto';
import { createRedis, REQUEST_COMMAND_TIMEOUT_MS } from '../../src/platform/redis';
import { waitUntilFinished } from '../support/postcard-api';
import { startPrivateRedisCluster, type PrivateRedisCluster } from '../support/private-redis-cluster';
import { postJson, startTestSystem, type TestSystem } from '../support/test-system';

/**
 * Nodes in containers or behind NAT tell clients addresses the clients cannot
 * dial. Here every node of a private cluster announces a free port where
 * nothing listens (as a container announces its inside port), so only
 * REDIS_CLUSTER_NAT_MAP gets a client to the nodes. Three masters without
 * replicas: a replica would dial its master at the announced port as well,
 * where in a real deployment the nodes reach one another inside.
 */
describe('a Redis Cluster that announces addresses its clients cannot reach', () => {
  let cluster: PrivateRedisCluster;
  let system: TestSystem | undefined;
  const prefix = `{nat-${randomUUID()}}`;

  beforeAll(async () => {
    cluster = await startPrivateRedisCluster({ announceOtherPorts: true, replicas: 0 });
  }, 120_000);
  afterAll(async () => {
    try {
      await system?.close();
    } finally {
      await cluster?.destroy();
    }
  }, 120_000);

  it('is out of reach for a client that dials what the cluster announces', async () => {
    const seeds = cluster.nodes.map((n) => ({ host: '127.0.0.1', port: n.port }));
    const lost = createRedis({ url: 'redis://unused', clusterNodes: seeds }, 'request', 'no-nat-map');
    lost.on('error', () => undefined);
    try {
      // The seeds answer CLUSTER SLOTS, but every address in the answer is one where nothing listens:
      // the client learns the slots (there is no ready check, redis.ts) and no command gets through.
      // A request-role command gives up as it would on a single Redis that is down, instead of
      // waiting in the cluster client's offline queue for as long as the cluster stays out of reach.
      const started = Date.now();
      await expect(lost.set(`${prefix}:probe`, 'x')).rejects.toThrow(/Command timed out|Too many Cluster redirections/);
      expect(Date.now() - started).toBeLessThan(REQUEST_COMMAND_TIMEOUT_MS + 3000);
    } finally {
      lost.disconnect();
    }
  }, 30_000);

  it('runs postcards to COMPLETED with REDIS_CLUSTER_NAT_MAP', async () => {
    system = await startTestSystem({ env: { REDIS_CLUSTER_NODES: cluster.seeds, REDIS_CLUSTER_NAT_MAP: cluster.natMap, QUEUE_PREFIX: prefix } });
    expect(system.config.redisClusterNatMap).not.toBeNull();
    const ids = await Promise.all(
      ['Happy birthday behind the NAT', 'Welcome to the new house'].map(async (prompt) => {
        const res = await postJson(system?.baseUrl ?? '', '/api/v1/postcards', { prompt });
        expect(res.status).toBe(202);
        return String(res.body.task_id);
      }),
    );
    for (const id of ids) expect((await waitUntilFinished(system.baseUrl, id, { timeoutMs: 60_000 })).status).toBe('COMPLETED');
  }, 120_000);
});
