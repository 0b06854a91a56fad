import { createMemoryLayer, entryBytes } from '../../src/pipeline/cache-memory-layer';
import { ConfigError, loadConfig } from '../../src/platform/config';

const TASK = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const KEY = (n: number) => `test:cache:concept:${String(n).padStart(64, '0')}`;
const HOUR = 3_600_000;

// lru-cache remembers the time for up to 1 ms (ttlResolution); let that pass after moving the clock.
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('memory layer bounds', () => {
  it('keeps at most maxEntries, evicting the least recently used', () => {
    const memory = createMemoryLayer({ maxEntries: 3, maxBytes: 1_000_000, maxTtlMs: HOUR });
    for (const n of [1, 2, 3]) memory.set(KEY(n), TASK(n), HOUR);
    expect(memory.get(KEY(1))).toBe(TASK(1)); // 1 is now the most recently used; 2 the least
    memory.set(KEY(4), TASK(4), HOUR);
    expect(memory.entries()).toBe(3);
    expect(memory.get(KEY(2))).toBeUndefined();
    expect([1, 3, 4].map((n) => memory.get(KEY(n)))).toEqual([TASK(1), TASK(3), TASK(4)]);
  });

  it('keeps at most maxBytes of keys and values, evicting the least recently used', () => {
    const size = entryBytes(KEY(1), TASK(1));
    expect(size).toBe(KEY(1).length + 36);
    const memory = createMemoryLayer({ maxEntries: 100, maxBytes: 3 * size + Math.floor(size / 2), maxTtlMs: HOUR });
    for (const n of [1, 2, 3]) memory.set(KEY(n), TASK(n), HOUR);
    expect(memory.bytes()).toBe(3 * size);
    memory.set(KEY(4), TASK(4), HOUR);
    expect(memory.entries()).toBe(3);
    expect(memory.bytes()).toBe(3 * size);
    expect(memory.get(KEY(1))).toBeUndefined();
    expect(memory.get(KEY(4))).toBe(TASK(4));
  });

  it('counts multi-byte text by its UTF-8 size', () => {
    expect(entryBytes('é', 'x')).toBe(3);
  });

  it('refuses an entry larger than maxBytes without evicting the others', () => {
    const memory = createMemoryLayer({ maxEntries: 100, maxBytes: 200, maxTtlMs: HOUR });
    memory.set(KEY(1), TASK(1), HOUR);
    memory.set(`${KEY(2)}${'x'.repeat(200)}`, TASK(2), HOUR);
    expect(memory.entries()).toBe(1);
    expect(memory.get(KEY(1))).toBe(TASK(1));
  });

  it('never keeps an entry past the ttl it was given, nor past maxTtlMs', async () => {
    let now = 1_000;
    const memory = createMemoryLayer({ maxEntries: 10, maxBytes: 100_000, maxTtlMs: 60_000, now: () => now });
    memory.set(KEY(1), TASK(1), 10_000); // what Redis had left
    memory.set(KEY(2), TASK(2), 10 * HOUR); // more than the cap
    memory.set(KEY(3), TASK(3), 0); // expired in Redis while it was read
    expect(memory.entries()).toBe(2);

    now += 10_001;
    await tick();
    expect(memory.get(KEY(1))).toBeUndefined();
    expect(memory.get(KEY(2))).toBe(TASK(2));

    now += 50_000;
    await tick();
    expect(memory.get(KEY(2))).toBeUndefined();
    expect(memory.entries()).toBe(0);
    expect(memory.bytes()).toBe(0);
  });

  it('does not extend an entry when it is read', async () => {
    // Not 0: lru-cache reads a start time of 0 as "no TTL".
    let now = 5000;
    const memory = createMemoryLayer({ maxEntries: 10, maxBytes: 100_000, maxTtlMs: 1000, now: () => now });
    memory.set(KEY(1), TASK(1), 1000);
    now = 5900;
    await tick();
    expect(memory.get(KEY(1))).toBe(TASK(1));
    now = 6001;
    await tick();
    expect(memory.get(KEY(1))).toBeUndefined();
  });

  it('is off with maxEntries 0', () => {
    const memory = createMemoryLayer({ maxEntries: 0, maxBytes: 100_000, maxTtlMs: HOUR });
    memory.set(KEY(1), TASK(1), HOUR);
    expect(memory.enabled).toBe(false);
    expect(memory.get(KEY(1))).toBeUndefined();
    expect([memory.entries(), memory.bytes()]).toEqual([0, 0]);
  });
});

describe('memory layer settings', () => {
  it('defaults to 1000 entries and 1 MiB', () => {
    expect(loadConfig({}).providers.cacheMemory).toEqual({ maxEntries: 1000, maxBytes: 1_048_576 });
    expect(loadConfig({ CACHE_MEMORY_MAX_ENTRIES: '0' }).providers.cacheMemory.maxEntries).toBe(0);
  });

  it.each([
    ['CACHE_MEMORY_MAX_ENTRIES', '-1'],
    ['CACHE_MEMORY_MAX_ENTRIES', '1.5'],
    ['CACHE_MEMORY_MAX_BYTES', '100'],
    ['CACHE_MEMORY_MAX_BYTES', 'lots'],
  ])('rejects %s=%s with a message naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}:`));
  });
});
