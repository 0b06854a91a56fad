interface Waiting<R> {
  resolve(found: R): void;
  reject(error: unknown): void;
}

/**
 * Lookups by key, every one asked for in the same turn of the event loop
 * answered by one call of `load` with all their keys (repeats once): a worker
 * runs dozens of jobs at once, and each starts its step with the same kind of
 * read, so one statement serves them all (what Prisma's findUnique batching
 * did, without its runtime). A failed load fails every lookup of its batch.
 */
export function batchedLookup<R>(load: (keys: readonly string[]) => Promise<ReadonlyMap<string, R>>): (key: string) => Promise<R | null> {
  return batchedCall(async (keys: readonly string[]) => {
    const found = await load([...new Set(keys)]);
    return keys.map((key): PromiseSettledResult<R | null> => ({ status: 'fulfilled', value: found.get(key) ?? null }));
  });
}

/**
 * Calls made in the same turn of the event loop, run as one call of `run`
 * with all their inputs in order; `run` settles each input at the same index,
 * so one input's failure need not fail the others. For writes that many
 * concurrent requests make alike (a plain create): one round trip and one
 * commit instead of one each, in batches of at most `maxBatch`. A `run` that
 * throws fails every call of its batch.
 */
export function batchedCall<I, O>(run: (inputs: readonly I[]) => Promise<readonly PromiseSettledResult<O>[]>, maxBatch = 500): (input: I) => Promise<O> {
  let inputs: I[] = [];
  let callers: Waiting<O>[] = [];
  const flush = async () => {
    if (inputs.length === 0) return;
    const batch = { inputs, callers };
    inputs = [];
    callers = [];
    try {
      const outcomes = await run(batch.inputs);
      if (outcomes.length !== batch.inputs.length) throw new Error(`a batch of ${batch.inputs.length} calls settled ${outcomes.length}`);
      outcomes.forEach((outcome, index) => {
        const caller = batch.callers[index];
        if (outcome.status === 'fulfilled') caller?.resolve(outcome.value);
        else caller?.reject(outcome.reason);
      });
    } catch (error) {
      for (const caller of batch.callers) caller.reject(error);
    }
  };
  return (input) =>
    new Promise((resolve, reject) => {
      if (inputs.length === 0) setImmediate(() => void flush());
      inputs.push(input);
      callers.push({ resolve, reject });
      // A stalled event loop can gather thousands: no statement or MULTI grows past maxBatch.
      if (inputs.length >= maxBatch) void flush();
    });
}
