import calculateSlot from 'cluster-key-slot';
import { queueShardPrefixes } from '../../src/platform/redis-cluster-settings';
import { placementProblem, placeShards, type SlotRange } from '../../src/pipeline/shard-placement';

const EQUAL: readonly SlotRange[] = [
  { start: 0, end: 5460, master: 'a:7000' },
  { start: 5461, end: 10922, master: 'b:7000' },
  { start: 10923, end: 16383, master: 'c:7000' },
];

describe('queue shard placement', () => {
  it('spreads 3 and 6 shards evenly over the equal split of 3 masters', () => {
    for (const count of [3, 6]) expect(placementProblem(placeShards(queueShardPrefixes('{postcard}', count), EQUAL))).toBeNull();
  });

  it('names the crowded master and the slot to move when a reshard piled shards up', () => {
    const prefixes = queueShardPrefixes('{postcard}', 6);
    const slotOf = (prefix: string) => calculateSlot(prefix.slice(1, prefix.indexOf('}')));
    // Master c gave all but its last slot to a: four of the six shards now sit on a.
    const resharded: SlotRange[] = [
      { start: 0, end: 5460, master: 'a:7000' },
      { start: 5461, end: 10922, master: 'b:7000' },
      { start: 10923, end: 16382, master: 'a:7000' },
      { start: 16383, end: 16383, master: 'c:7000' },
    ];
    const problem = placementProblem(placeShards(prefixes, resharded));
    expect(problem).toContain(`shards ${[prefixes[0], prefixes[1], prefixes[4], prefixes[5]].join(', ')} are all on a:7000, while c:7000 carries 0`);
    expect(problem).toContain(`move slot ${slotOf(prefixes[5] ?? '')} (${prefixes[5]}) to c:7000`);
  });

  it('warns at two shards apart: 4 shards on 3 masters may sit 2/1/1, not 2/2/0', () => {
    const four = queueShardPrefixes('{postcard}', 4);
    const [a, b] = four.map((prefix) => calculateSlot(prefix.slice(1, prefix.indexOf('}'))));
    expect(placementProblem(placeShards(four, EQUAL))).toBeNull();
    // Master c's range given to a and b: the four shards sit 2/2/0.
    const noC: SlotRange[] = [{ start: 0, end: 8191, master: 'a:7000' }, { start: 8192, end: 16382, master: 'b:7000' }, { start: 16383, end: 16383, master: 'c:7000' }];
    expect([a, b].every((slot) => slot !== undefined && slot < 8192)).toBe(true);
    expect(placementProblem(placeShards(four, noC))).toContain('while c:7000 carries 0');
  });

  it('says when a shard\'s slot has no master at all', () => {
    expect(placementProblem(placeShards(queueShardPrefixes('{postcard}', 3), EQUAL.slice(0, 2)))).toMatch(/which no master serves$/);
  });
});
