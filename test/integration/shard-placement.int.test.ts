import { Cluster } from 'ioredis';
import { createRedis } from '../../src/platform/redis';
import { queueShardPrefixes } from '../../src/platform/redis-cluster-settings';
import { placementProblem, placeShards, readSlotRanges, reportShardPlacement } from '../../src/pipeline/shard-placement';
import { createMemoryLogger } from '../support/memory-logger';
import { startPrivateRedisCluster, type PrivateRedisCluster } from '../support/private-redis-cluster';
import { waitFor } from '../support/wait';

/**
 * QUEUE_SHARDS picks its hash tags for the equal slot split of `redis-cli
 * --cluster create`. On such a cluster each shard has a master of its own and
 * boot says so; once a shard's slot is moved onto another shard's master,
 * boot warns, naming the crowded master, the idle one and the slot to move.
 */
describe('where the queue shards sit on a cluster', () => {
  let cluster: PrivateRedisCluster;
  let client: Cluster;
  const prefixes = queueShardPrefixes('{place}', 3);

  beforeAll(async () => {
    cluster = await startPrivateRedisCluster({ replicas: 0 });
    const redis = createRedis({ url: 'redis://unused', clusterNodes: cluster.nodes.map((n) => ({ host: '127.0.0.1', port: n.port })) }, 'request', 'placement');
    if (!(redis instanceof Cluster)) throw new Error('expected a cluster client');
    client = redis;
  }, 120_000);
  afterAll(async () => {
    client?.disconnect();
    await cluster?.destroy();
  }, 60_000);

  const nodeId = async (port: number) => (await cluster.cli(port, 'cluster', 'myid')).trim();

  it('finds one shard per master on a cluster as created, and says so at boot', async () => {
    const placement = placeShards(prefixes, await readSlotRanges(client));
    expect(new Set(placement.shards.map((s) => s.master)).size).toBe(3);
    expect(placementProblem(placement)).toBeNull();
    const memory = createMemoryLogger();
    await reportShardPlacement(client, prefixes, memory.logger);
    expect((await memory.lines()).join('\n')).toContain('queue shards spread evenly over the masters');
  });

  it('warns when a shard\'s slot has been moved onto another shard\'s master', async () => {
    const [first, , third] = placeShards(prefixes, await readSlotRanges(client)).shards;
    if (first?.master == null || third?.master == null) throw new Error('the shards have no masters');
    const crowded = Number(first.master.split(':')[1]);
    const source = Number(third.master.split(':')[1]);
    // Move the third shard's (empty) slot onto the first shard's master, as a reshard would.
    const [to, from] = [await nodeId(crowded), await nodeId(source)];
    await cluster.cli(crowded, 'cluster', 'setslot', String(third.slot), 'importing', from);
    await cluster.cli(source, 'cluster', 'setslot', String(third.slot), 'migrating', to);
    for (const node of cluster.nodes) await cluster.cli(node.port, 'cluster', 'setslot', String(third.slot), 'node', to);
    await waitFor(async () => placeShards(prefixes, await readSlotRanges(client)).shards[2]?.master, (master) => master === first.master, {
      what: 'the moved slot in CLUSTER SLOTS',
      timeoutMs: 20_000,
      intervalMs: 200,
    });

    const problem = placementProblem(placeShards(prefixes, await readSlotRanges(client)));
    expect(problem).toContain(`shards ${prefixes[0]}, ${prefixes[2]} are all on ${first.master}, while ${third.master} carries 0`);
    expect(problem).toContain(`move slot ${third.slot} (${prefixes[2]}) to ${third.master}`);
    const memory = createMemoryLogger();
    await reportShardPlacement(client, prefixes, memory.logger);
    expect((await memory.lines()).join('\n')).toContain(`"level":"warn"`);
  });
});
