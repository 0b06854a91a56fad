import { LRUCache } from 'lru-cache';

/** Bounds of the memory layer; `maxEntries` 0 turns the layer off. */
export interface MemoryLayerOptions {
  readonly maxEntries: number;
  readonly maxBytes: number;
  /** The longest an entry may live: the Redis TTL, so memory never outlives the pointer it copies. */
  readonly maxTtlMs: number;
  /** A clock for tests; lru-cache uses performance.now() otherwise. */
  readonly now?: () => number;
}

/**
 * The in-process copy of recent cache pointers (key → task id), in front of
 * Redis. Misses are never stored: another worker may store the result at any
 * moment, and a remembered miss would hide it.
 */
export interface MemoryLayer {
  /** False when configured off: its lookups are then not counted as misses. */
  readonly enabled: boolean;
  get(key: string): string | undefined;
  /** Remembers a pointer for at most `ttlMs` (capped at `maxTtlMs`); a non-positive ttl stores nothing. */
  set(key: string, taskId: string, ttlMs: number): void;
  /** Live entries; expired ones are dropped first so that they are not counted. */
  entries(): number;
  /** Bytes of the live entries' keys and values, as counted against `maxBytes`. */
  bytes(): number;
}

/**
 * The size of an entry as the bound counts it: the UTF-8 bytes of key and
 * value. V8's own bookkeeping per entry is not counted; `maxEntries` bounds
 * that part.
 */
export function entryBytes(key: string, taskId: string): number {
  return Buffer.byteLength(key) + Buffer.byteLength(taskId);
}

const OFF: MemoryLayer = {
  enabled: false,
  get: () => undefined,
  set: () => undefined,
  entries: () => 0,
  bytes: () => 0,
};

export function createMemoryLayer(options: MemoryLayerOptions): MemoryLayer {
  if (options.maxEntries === 0 || options.maxTtlMs <= 0) return OFF;
  const lru = new LRUCache<string, string>({
    max: options.maxEntries,
    maxSize: options.maxBytes,
    sizeCalculation: (taskId, key) => entryBytes(key, taskId),
    ttl: options.maxTtlMs,
    // A read must not extend an entry past the Redis TTL it was given.
    updateAgeOnGet: false,
    ...(options.now === undefined ? {} : { perf: { now: options.now } }),
  });
  return {
    enabled: true,
    get: (key) => lru.get(key),
    set(key, taskId, ttlMs) {
      const ttl = Math.min(Math.floor(ttlMs), options.maxTtlMs);
      // lru-cache reads ttl 0 as "never expires", the opposite of what an expired pointer means.
      if (ttl <= 0) return;
      // An entry larger than maxBytes is refused by lru-cache (nothing is evicted for it).
      lru.set(key, taskId, { ttl });
    },
    entries() {
      lru.purgeStale();
      return lru.size;
    },
    bytes() {
      lru.purgeStale();
      return lru.calculatedSize;
    },
  };
}
