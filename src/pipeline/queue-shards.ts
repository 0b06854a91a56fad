import calculateSlot from 'cluster-key-slot';

/**
 * QUEUE_SHARDS spreads postcards over several complete sets of the step
 * queues (config.queueShards), so that on a Redis Cluster their traffic is
 * spread over masters instead of resting on the one slot a single {hash tag}
 * maps to. A postcard's flow, jobs and event log all live on one shard, the
 * one its task id picks here: every process computes the same answer.
 *
 * Changing QUEUE_SHARDS moves postcards to other shards. Jobs queued on a
 * shard that is still configured run there (every worker consumes every
 * shard; routeByShard looks for a run's jobs on all of them). Jobs on a shard
 * that is no longer configured are not run: the reconciler finds those
 * postcards quiet and enqueues them again on their new shard (README,
 * "Sharding the queues").
 */
export function shardIndex(taskId: string, count: number): number {
  return count <= 1 ? 0 : calculateSlot(taskId) % count;
}

/**
 * The member of `perShard` (one per shard, in config.queueShards' order) that
 * serves this id: a postcard's task id, or a step cache entry's digest.
 */
export function onShard<T>(perShard: readonly T[], id: string): T {
  const item = perShard[shardIndex(id, perShard.length)];
  if (item === undefined) throw new Error('no queue shards configured');
  return item;
}
