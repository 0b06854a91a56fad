interface Waiting<R> {
  resolve(found: R | null): void;
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
  let waiting = new Map<string, Waiting<R>[]>();
  const flush = async () => {
    const batch = waiting;
    waiting = new Map();
    try {
      const found = await load([...batch.keys()]);
      for (const [key, callers] of batch) for (const caller of callers) caller.resolve(found.get(key) ?? null);
    } catch (error) {
      for (const callers of batch.values()) for (const caller of callers) caller.reject(error);
    }
  };
  return (key) =>
    new Promise((resolve, reject) => {
      if (waiting.size === 0) setImmediate(() => void flush());
      const callers = waiting.get(key);
      if (callers === undefined) waiting.set(key, [{ resolve, reject }]);
      else callers.push({ resolve, reject });
    });
}
