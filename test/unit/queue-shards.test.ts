import { randomUUID } from 'node:crypto';
import { routeByShard, type FlowEnqueuer } from '../../src/pipeline/flow';
import { onShard, shardIndex } from '../../src/pipeline/queue-shards';
import type { StepJobData } from '../../src/pipeline/catalog';

describe('queue shards', () => {
  it('puts a postcard on the same shard every time, and spreads postcards evenly', () => {
    const ids = Array.from({ length: 12_000 }, () => randomUUID());
    for (const count of [1, 2, 3, 7]) {
      const perShard = new Array<number>(count).fill(0);
      for (const id of ids) {
        const shard = shardIndex(id, count);
        expect(shardIndex(id, count)).toBe(shard);
        perShard[shard] = (perShard[shard] ?? 0) + 1;
      }
      const mean = ids.length / count;
      for (const n of perShard) expect(Math.abs(n - mean) / mean).toBeLessThan(0.1);
    }
    expect(onShard(['only'], randomUUID())).toBe('only');
    expect(() => onShard([], randomUUID())).toThrow('no queue shards configured');
  });

  it('enqueues on the postcard\'s shard, removes from every shard, and reads states where the run is', async () => {
    const calls: string[] = [];
    const running = new Set<string>();
    const enqueuer = (name: string): FlowEnqueuer => ({
      enqueue: async (data) => void calls.push(`${name} enqueue ${data.taskId}`),
      remove: async () => (calls.push(`${name} remove`), 1),
      states: async (data) => (calls.push(`${name} states`), running.has(`${name} ${data.taskId}`) ? ['active', 'waiting-children'] : ['unknown', 'unknown']),
    });
    const names = ['a', 'b', 'c'];
    const only = enqueuer('solo');
    expect(routeByShard([only])).toBe(only);
    const routed = routeByShard(names.map(enqueuer));
    for (let i = 0; i < 30; i += 1) {
      const data: StepJobData = { taskId: randomUUID(), run: 1 };
      const own = names[shardIndex(data.taskId, 3)] ?? '';
      const other = names.find((n) => n !== own) ?? '';
      await routed.enqueue(data);
      expect(calls.splice(0)).toEqual([`${own} enqueue ${data.taskId}`]);
      expect(await routed.remove(data)).toBe(3);
      expect(calls.splice(0).sort()).toEqual(['a remove', 'b remove', 'c remove']);
      // Nowhere: every shard asked, "unknown" (the reconciler enqueues it again).
      expect(await routed.states(data)).toEqual(['unknown', 'unknown']);
      expect(calls.splice(0)[0]).toBe(`${own} states`);
      // Still running on the shard it was queued on before QUEUE_SHARDS changed: found there.
      running.add(`${other} ${data.taskId}`);
      expect(await routed.states(data)).toEqual(['active', 'waiting-children']);
      calls.splice(0);
    }
  });

  it('lets a shard that cannot be reached hold up only its own postcards', async () => {
    const down = new Error('Redis did not accept the job states within 5000 ms');
    const names = ['a', 'b', 'c'];
    const unreachable = 'b';
    const enqueuer = (name: string): FlowEnqueuer => ({
      enqueue: async () => undefined,
      remove: async () => (name === unreachable ? Promise.reject(down) : 1),
      states: async () => (name === unreachable ? Promise.reject(down) : ['unknown', 'unknown']),
    });
    const routed = routeByShard(names.map(enqueuer));
    const ids = Array.from({ length: 60 }, () => randomUUID());
    const elsewhere = ids.find((id) => names[shardIndex(id, 3)] !== unreachable) ?? '';
    const onIt = ids.find((id) => names[shardIndex(id, 3)] === unreachable) ?? '';
    expect(await routed.remove({ taskId: elsewhere, run: 1 })).toBe(2);
    expect(await routed.states({ taskId: elsewhere, run: 1 })).toEqual(['unknown', 'unknown']);
    await expect(routed.remove({ taskId: onIt, run: 1 })).rejects.toBe(down);
    await expect(routed.states({ taskId: onIt, run: 1 })).rejects.toBe(down);
  });
});
