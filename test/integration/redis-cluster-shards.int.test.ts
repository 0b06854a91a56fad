import { randomUUID } from 'node:crypto';
import { STEP_NAMES, PIPELINE } from '../../src/pipeline/catalog';
import { onShard } from '../../src/pipeline/queue-shards';
import { createPostcard, expectCompletedEachStepOnce } from '../support/each-step-once';
import { FAILOVER_REPAIR, onPrivateCluster } from '../support/cluster-system';
import { readSse } from '../support/sse-client';

/**
 * QUEUE_SHARDS=3 on a cluster of 3 masters (with replicas): each shard's
 * queues hash to a slot of a different master, every postcard's flow, jobs
 * and event log sit on its shard's master (step cache entries spread by
 * digest), and losing one master costs no postcard of any shard.
 */
describe('queue shards on a Redis Cluster', () => {
  const prefix = `{shards-${randomUUID().slice(0, 8)}}`;
  const suite = onPrivateCluster({ QUEUE_PREFIX: prefix, QUEUE_SHARDS: '3', ...FAILOVER_REPAIR });

  const create = (prompt: string) => createPostcard(suite.system, prompt);

  const keysOn = async (port: number, pattern: string) => (await suite.cluster.cli(port, '--scan', '--pattern', pattern)).split('\n').filter((k) => k !== '');
  const escapeGlob = (text: string) => text.replace(/[{}[\]*?]/g, (c) => `\\${c}`);

  it('puts each shard on its own master and each postcard on its shard, and makes every postcard', async () => {
    const { cluster, system } = suite;
    const shards = system.config.queueShards;
    expect(shards).toHaveLength(3);
    const masters = await Promise.all(shards.map((shard) => cluster.masterOf(shard)));
    expect(new Set(masters).size).toBe(3);

    // 24 postcards: each of three shards is left empty with a chance of 3·(2/3)^24 ≈ 2·10⁻⁴.
    const ids = await Promise.all(Array.from({ length: 24 }, (_, i) => create(`Happy birthday, friend number ${i + 1}!`)));
    await expectCompletedEachStepOnce(system, ids);

    for (const [k, shard] of shards.entries()) {
      const master = masters[k] ?? 0;
      const keys = await keysOn(master, `${escapeGlob(shard)}:*`);
      // The shard's four queues and the event logs of exactly its postcards, on its master.
      for (const step of STEP_NAMES) expect(keys.some((key) => key.startsWith(`${shard}:${PIPELINE[step].queue}:`))).toBe(true);
      const mine = ids.filter((id) => onShard(shards, id) === shard);
      expect(mine.length).toBeGreaterThan(0);
      expect(keys.filter((key) => key.startsWith(`${shard}:events:`)).sort()).toEqual(mine.map((id) => `${shard}:events:${id}`).sort());
      // Step cache entries spread by their digest, each shard's beside its own index.
      expect(keys.filter((key) => key.startsWith(`${shard}:cache:`)).length).toBeGreaterThan(0);
      expect(keys).toContain(`${shard}:cache-index`);
    }
  }, 180_000);

  it('streams a postcard\'s events from whichever shard it is on', async () => {
    const { system } = suite;
    const id = await create('Have a wonderful trip to Japan, Alex');
    const stream = await readSse(`${system.baseUrl}/api/v1/postcards/${id}/events`, { timeoutMs: 60_000 });
    expect(stream.closedByServer).toBe(true);
    const seen = stream.events.map((e) => (e.event === 'status' ? `status:${String(e.data.status)}` : e.event));
    expect(seen[0]).toBe('status:PENDING');
    expect(seen.slice(-2)).toEqual(['status:COMPLETED', 'result']);
  });

  it('finishes the postcards of every shard when one shard\'s master crashes', async () => {
    const { cluster, system } = suite;
    const shards = system.config.queueShards;
    const before = await Promise.all(['Congratulations on the new job', 'Get well soon, Grandpa', 'Thank you for everything', 'Happy retirement, John'].map(create));
    const lost = shards[1] ?? '';
    const master = await cluster.masterOf(lost);
    await cluster.crash(master);
    expect(await cluster.masterOf(lost)).not.toBe(master);
    const after = await Promise.all(['Happy anniversary, you two', 'Welcome to the world, little one', 'Merry Christmas to the team', 'Bon voyage, Marie'].map(create));

    const ids = [...before, ...after];
    await expectCompletedEachStepOnce(system, ids);
  }, 180_000);
});
