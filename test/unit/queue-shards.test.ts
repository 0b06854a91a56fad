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

  it('sends a postcard\'s enqueue, removal and job states to its own shard', async () => {
    const calls: string[] = [];
    const enqueuer = (name: string): FlowEnqueuer => ({
      enqueue: async (data) => void calls.push(`${name} enqueue ${data.taskId}`),
      remove: async (data) => (calls.push(`${name} remove ${data.taskId}`), 0),
      states: async (data) => (calls.push(`${name} states ${data.taskId}`), []),
    });
    const shards = ['a', 'b', 'c'].map(enqueuer);
    const only = enqueuer('solo');
    expect(routeByShard([only])).toBe(only);
    const routed = routeByShard(shards);
    for (let i = 0; i < 30; i += 1) {
      const data: StepJobData = { taskId: randomUUID(), run: 1 };
      const name = ['a', 'b', 'c'][shardIndex(data.taskId, 3)];
      await routed.enqueue(data);
      await routed.remove(data);
      await routed.states(data);
      expect(calls.splice(0)).toEqual([`${name} enqueue ${data.taskId}`, `${name} remove ${data.taskId}`, `${name} states ${data.taskId}`]);
    }
  });
});
