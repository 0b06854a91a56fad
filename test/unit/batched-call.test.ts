import { batchedCall, batchedLookup } from '../../src/platform/batched-lookup';

describe('batchedCall', () => {
  it('runs the calls of one turn as one batch, in order, each answered by its own outcome', async () => {
    const batches: number[][] = [];
    const double = batchedCall(async (inputs: readonly number[]) => {
      batches.push([...inputs]);
      return inputs.map((n): PromiseSettledResult<number> => (n === 3 ? { status: 'rejected', reason: new Error('three') } : { status: 'fulfilled', value: n * 2 }));
    });
    const outcomes = await Promise.allSettled([1, 2, 3, 4].map(double));
    expect(batches).toEqual([[1, 2, 3, 4]]);
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : (o.reason as Error).message))).toEqual([2, 4, 'three', 8]);
    // The next turn starts a new batch.
    await double(5);
    expect(batches).toEqual([[1, 2, 3, 4], [5]]);
  });

  it('splits a turn into batches of at most maxBatch', async () => {
    const sizes: number[] = [];
    const echo = batchedCall(async (inputs: readonly number[]) => {
      sizes.push(inputs.length);
      return inputs.map((n): PromiseSettledResult<number> => ({ status: 'fulfilled', value: n }));
    }, 500);
    const inputs = Array.from({ length: 1200 }, (_, i) => i);
    expect(await Promise.all(inputs.map(echo))).toEqual(inputs);
    expect(sizes).toEqual([500, 500, 200]);
  });

  it('fails every call of a batch whose run throws or answers the wrong number, and only that batch', async () => {
    let turn = 0;
    const flaky = batchedCall(async (inputs: readonly string[]) => {
      turn += 1;
      if (turn === 1) throw new Error('down');
      if (turn === 2) return [];
      return inputs.map((s): PromiseSettledResult<string> => ({ status: 'fulfilled', value: s.toUpperCase() }));
    });
    await expect(Promise.allSettled([flaky('a'), flaky('b')])).resolves.toEqual([
      { status: 'rejected', reason: new Error('down') },
      { status: 'rejected', reason: new Error('down') },
    ]);
    await expect(flaky('c')).rejects.toThrow('a batch of 1 calls settled 0');
    await expect(flaky('d')).resolves.toBe('D');
  });
});

describe('batchedLookup', () => {
  it('loads the keys of one turn once each, and answers null for a key not found', async () => {
    const loads: string[][] = [];
    const lookup = batchedLookup(async (keys) => {
      loads.push([...keys]);
      return new Map(keys.filter((k) => k !== 'missing').map((k) => [k, `value of ${k}`]));
    });
    expect(await Promise.all(['a', 'b', 'a', 'missing'].map(lookup))).toEqual(['value of a', 'value of b', 'value of a', null]);
    expect(loads).toEqual([['a', 'b', 'missing']]);
  });
});
