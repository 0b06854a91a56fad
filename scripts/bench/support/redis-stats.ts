import type { Redis } from 'ioredis';

/** Counters of the private redis-server, read with one INFO call. */
export interface RedisSnapshot {
  readonly calls: ReadonlyMap<string, number>;
  readonly netInputBytes: number;
  readonly netOutputBytes: number;
  readonly cpuSeconds: number;
  readonly usedMemory: number;
  /** Socket reads and writes redis-server made: how well commands arrived and left batched. */
  readonly reads: number;
  readonly writes: number;
}

/** The benchmark's own admin commands, left out of the system's counts. */
const ADMIN_COMMANDS = new Set(['info', 'scan', 'memory|usage', 'config|resetstat', 'flushall']);
const SCRIPT_COMMANDS = new Set(['eval', 'evalsha', 'eval_ro', 'evalsha_ro', 'fcall', 'fcall_ro']);

function field(info: string, name: string): number {
  const match = new RegExp(`^${name}:([0-9.]+)`, 'm').exec(info);
  if (match === null) throw new Error(`INFO has no ${name}`);
  return Number(match[1]);
}

export async function redisSnapshot(admin: Redis): Promise<RedisSnapshot> {
  const info = await admin.info('everything');
  const calls = new Map<string, number>();
  for (const match of info.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) calls.set(match[1] ?? '', Number(match[2]));
  return {
    calls,
    netInputBytes: field(info, 'total_net_input_bytes'),
    netOutputBytes: field(info, 'total_net_output_bytes'),
    cpuSeconds: field(info, 'used_cpu_sys') + field(info, 'used_cpu_user'),
    usedMemory: field(info, 'used_memory'),
    reads: field(info, 'total_reads_processed'),
    writes: field(info, 'total_writes_processed'),
  };
}

/**
 * What happened between two snapshots. Redis counts the commands a Lua script
 * runs as well as the script call itself (BullMQ does most of its work in
 * scripts), so `commands` is every command Redis executed, and `scriptCalls`
 * how many of the client's requests were scripts.
 */
export interface RedisDelta {
  readonly commands: number;
  readonly scriptCalls: number;
  readonly byCommand: Readonly<Record<string, number>>;
  readonly netInputBytes: number;
  readonly netOutputBytes: number;
  readonly cpuMs: number;
  readonly usedMemoryBytes: number;
  readonly reads: number;
  readonly writes: number;
}

export function redisDelta(before: RedisSnapshot, after: RedisSnapshot): RedisDelta {
  const byCommand: Record<string, number> = {};
  let commands = 0;
  let scriptCalls = 0;
  for (const [name, calls] of after.calls) {
    const delta = calls - (before.calls.get(name) ?? 0);
    if (delta === 0 || ADMIN_COMMANDS.has(name)) continue;
    byCommand[name] = delta;
    commands += delta;
    if (SCRIPT_COMMANDS.has(name)) scriptCalls += delta;
  }
  return {
    commands,
    scriptCalls,
    byCommand,
    netInputBytes: after.netInputBytes - before.netInputBytes,
    netOutputBytes: after.netOutputBytes - before.netOutputBytes,
    cpuMs: (after.cpuSeconds - before.cpuSeconds) * 1000,
    usedMemoryBytes: after.usedMemory - before.usedMemory,
    reads: after.reads - before.reads,
    writes: after.writes - before.writes,
  };
}

export const KEY_CATEGORIES = ['jobs', 'queues', 'events', 'cache', 'other'] as const;
export type KeyCategory = (typeof KEY_CATEGORIES)[number];

/**
 * Where the bytes under one prefix are, by MEMORY USAGE of every key:
 * - jobs: per-job keys (`<prefix>:<queue>:<job id>[:dependencies|:processed|…]`);
 * - queues: per-queue structures (wait/completed sets, BullMQ's own events stream, meta);
 * - events: our per-postcard event streams (`<prefix>:events:<task id>`, TTL EVENTS_TTL_SECONDS);
 * - cache: our step-cache pointers (`<prefix>:cache:…`, TTL CACHE_TTL_SECONDS).
 */
export async function keyUsage(admin: Redis, prefix: string): Promise<Record<KeyCategory, { keys: number; bytes: number }>> {
  const usage = Object.fromEntries(KEY_CATEGORIES.map((c) => [c, { keys: 0, bytes: 0 }])) as Record<KeyCategory, { keys: number; bytes: number }>;
  let cursor = '0';
  do {
    const [next, keys] = await admin.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    const pipeline = admin.pipeline();
    for (const key of keys) pipeline.call('MEMORY', 'USAGE', key, 'SAMPLES', '0');
    const results = (await pipeline.exec()) ?? [];
    keys.forEach((key, i) => {
      const bytes = results[i]?.[1];
      const category = categorize(key.slice(prefix.length + 1));
      usage[category].keys += 1;
      usage[category].bytes += typeof bytes === 'number' ? bytes : 0;
    });
  } while (cursor !== '0');
  return usage;
}

const JOB_ID = /^[0-9a-f-]{36}\.[a-z]+\.\d+$/;

function categorize(rest: string): KeyCategory {
  if (rest.startsWith('events:')) return 'events';
  if (rest.startsWith('cache:')) return 'cache';
  const [, second] = rest.split(':');
  if (second === undefined) return 'other';
  return JOB_ID.test(second) ? 'jobs' : 'queues';
}
