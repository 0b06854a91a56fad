import calculateSlot from 'cluster-key-slot';
import { Cluster } from 'ioredis';
import { z } from 'zod';
import type { Logger } from '../platform/logger.js';
import type { RedisConnection } from '../platform/redis.js';
import { hashTag } from '../platform/redis-cluster-settings.js';

/** A range of hash slots and the master that serves it ("host:port", as the cluster announces it). */
export interface SlotRange {
  readonly start: number;
  readonly end: number;
  readonly master: string;
}

export interface ShardPlacement {
  /** Each shard's prefix, the slot of its hash tag, and the master serving that slot now (null: none does). */
  readonly shards: readonly { readonly prefix: string; readonly slot: number; readonly master: string | null }[];
  /** Every master that serves slots. */
  readonly masters: readonly string[];
}

/** Where each shard sits in the cluster's slot table. */
export function placeShards(prefixes: readonly string[], ranges: readonly SlotRange[]): ShardPlacement {
  const shards = prefixes.map((prefix) => {
    const slot = calculateSlot(hashTag(prefix) ?? prefix);
    return { prefix, slot, master: ranges.find((r) => slot >= r.start && slot <= r.end)?.master ?? null };
  });
  return { shards, masters: [...new Set(ranges.map((r) => r.master))].sort() };
}

/**
 * What is wrong with the placement for an operator to fix, or null: one
 * master carries two shards or more beyond another. Masters are those that
 * serve slots (CLUSTER SLOTS): a node added without slots is not counted. QUEUE_SHARDS picks its
 * tags for the equal split `redis-cli --cluster create` makes; slots moved
 * since (a reshard, a node added) can leave masters idle. Postcards still
 * complete either way, so this is a warning, not a refusal.
 */
export function placementProblem(placement: ShardPlacement): string | null {
  const byMaster = new Map<string, string[]>(placement.masters.map((master) => [master, []]));
  for (const shard of placement.shards) {
    if (shard.master === null) return `shard ${shard.prefix} hashes to slot ${shard.slot}, which no master serves`;
    byMaster.set(shard.master, [...(byMaster.get(shard.master) ?? []), shard.prefix]);
  }
  const load = [...byMaster].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const [busiest, crowded] = load[0] ?? ['', []];
  const [lightest, light] = load.at(-1) ?? ['', []];
  // Even: no master carries two shards more than another (3 on 3 is 1/1/1, 4 on 3 is 2/1/1).
  if (crowded.length - light.length <= 1) return null;
  const moved = placement.shards.find((shard) => shard.prefix === crowded.at(-1));
  return (
    `QUEUE_SHARDS=${placement.shards.length}: shards ${crowded.join(', ')} are all on ${busiest}, while ${lightest} carries ${light.length} ` +
    '(slots were moved since the cluster was created; the shards assume the equal split of redis-cli --cluster create). ' +
    `Postcards still complete, on fewer masters; to spread them, move slot ${moved?.slot ?? '?'} (${moved?.prefix ?? '?'}) to ${lightest} ` +
    '(redis-cli --cluster reshard, or CLUSTER SETSLOT).'
  );
}

/** CLUSTER SLOTS: [start, end, [host, port, id, …], …replicas]. */
const SlotsReply = z.array(z.tuple([z.number(), z.number(), z.tuple([z.string(), z.number()]).rest(z.unknown())]).rest(z.unknown()));

/** The cluster's slot table as one of its nodes sees it now. */
export async function readSlotRanges(cluster: Cluster): Promise<SlotRange[]> {
  const rows = SlotsReply.parse(await cluster.cluster('SLOTS'));
  return rows.map(([start, end, [host, port]]) => ({ start, end, master: `${host}:${port}` }));
}

/**
 * On a cluster with QUEUE_SHARDS > 1, logs where each shard sits once at
 * boot, and warns when the slots no longer spread them over the masters.
 * Never throws: a cluster that cannot answer now is reported, not fatal.
 */
export async function reportShardPlacement(redis: RedisConnection, prefixes: readonly string[], logger: Logger): Promise<void> {
  if (!(redis instanceof Cluster) || prefixes.length <= 1) return;
  try {
    const placement = placeShards(prefixes, await readSlotRanges(redis));
    const where = Object.fromEntries(placement.shards.map((shard) => [shard.prefix, shard.master]));
    const problem = placementProblem(placement);
    if (problem === null) logger.info('queue shards spread evenly over the masters', { shards: where, masters: placement.masters.length });
    else logger.warn(problem, { shards: where });
  } catch (error) {
    logger.warn('could not read the cluster\'s slots to check where the queue shards are', { error });
  }
}
