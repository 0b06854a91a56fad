import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { withDeadline } from '../platform/bullmq-deadline.js';
import type { Logger } from '../platform/logger.js';
import type { RedisConnection } from '../platform/redis.js';

/**
 * How long a process's entry outlives its last refresh: a process that stops
 * without shutting down (SIGKILL, a lost host) holds the layout this long.
 */
export const SHARD_LAYOUT_TTL_MS = 30_000;

/**
 * Drops the expired entries, lists the live ones whose shard count differs,
 * and (unless refusing on a difference) adds or refreshes ours. The clock is
 * Redis's own (TIME), so that processes on hosts whose clocks disagree agree
 * on what has expired. Members are `count|host|pid|role|nonce`.
 */
const CLAIM_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local others = {}
for _, member in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  if member ~= ARGV[2] and string.match(member, '^(%d+)|') ~= ARGV[1] then table.insert(others, member) end
end
if #others > 0 and ARGV[4] == 'refuse' then return others end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[2])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]) * 2)
return others
`;

const OthersSchema = z.array(z.string());

/** A live process that runs with another QUEUE_SHARDS. */
export interface OtherLayout {
  readonly shards: number;
  readonly host: string;
  readonly pid: number;
  readonly role: string;
}

function parseMember(member: string): OtherLayout {
  const [shards = '', host = '', pid = '', role = ''] = member.split('|');
  return { shards: Number(shards), host, pid: Number(pid), role };
}

/** Another process runs with a different QUEUE_SHARDS on the same Redis and QUEUE_PREFIX. */
export class ShardLayoutConflict extends Error {
  constructor(
    readonly shards: number,
    readonly others: readonly OtherLayout[],
  ) {
    const seen = others.map((o) => `${o.role} pid ${o.pid} on ${o.host} with QUEUE_SHARDS=${o.shards}`).join(', ');
    super(
      `QUEUE_SHARDS=${shards} differs from processes running on this Redis and QUEUE_PREFIX (${seen}); ` +
        `stop every API and worker process before changing QUEUE_SHARDS (one that stopped without shutting down is forgotten after ${SHARD_LAYOUT_TTL_MS / 1000} s)`,
    );
    this.name = 'ShardLayoutConflict';
  }
}

export interface ShardLayoutClaim {
  /** Stops refreshing and removes this process's entry (graceful shutdown). */
  release(): Promise<void>;
}

export interface ShardLayoutOptions {
  /** config.queuePrefix: the entries live there, whatever the shard count. */
  readonly prefix: string;
  /** config.queueShards.length. */
  readonly shards: number;
  /** 'api', 'worker' or 'all-in-one': named in the other processes' refusals. */
  readonly role: string;
  readonly ttlMs?: number;
  /** How long a boot keeps trying when Redis does not answer (a failover takes seconds) before it starts unchecked. */
  readonly bootRetryMs?: number;
  /**
   * A process that started unchecked and then finds, at its first answered
   * check, a live process with another count: the caller stops it.
   */
  readonly onLateConflict: (conflict: ShardLayoutConflict) => void;
}

const BOOT_RETRY_MS = 15_000;
/** Shutdown must not wait on a Redis that is away: the entry expires by itself. */
const RELEASE_LIMIT_MS = 1000;


/**
 * Every process that enqueues or takes jobs must agree on QUEUE_SHARDS: a
 * postcard's shard is computed from it, and a process that knows fewer shards
 * misses the others' events and jobs (its reconciler would enqueue a second
 * flow for a postcard whose jobs it cannot see). A process registers its
 * count here at boot and refreshes it while it runs; a boot whose count
 * differs from a live process's is refused with ShardLayoutConflict, so that
 * a rolling restart that changes the count stops at its first new process
 * instead of splitting the postcards. When Redis does not answer within
 * `bootRetryMs` the process starts (as it would without this check) and
 * checks at every refresh until one is answered; a difference found then
 * goes to `onLateConflict`.
 */
export async function claimShardLayout(redis: RedisConnection, options: ShardLayoutOptions, logger: Logger): Promise<ShardLayoutClaim> {
  const ttlMs = options.ttlMs ?? SHARD_LAYOUT_TTL_MS;
  const key = `${options.prefix}:processes`;
  const member = [options.shards, hostname(), process.pid, options.role, randomUUID()].join('|');
  const claim = async (mode: 'refuse' | 'register') =>
    OthersSchema.parse(await redis.eval(CLAIM_SCRIPT, 1, key, String(options.shards), member, String(ttlMs), mode)).map(parseMember);
  /** One check in refuse mode: true once admitted; throws ShardLayoutConflict, or Redis's error. */
  const admit = async () => {
    const others = await claim('refuse');
    if (others.length > 0) throw new ShardLayoutConflict(options.shards, others);
    return true;
  };

  let confirmed = false;
  const deadline = Date.now() + (options.bootRetryMs ?? BOOT_RETRY_MS);
  for (let wait = 250; !confirmed; wait = Math.min(wait * 2, 2000)) {
    try {
      confirmed = await admit();
    } catch (error) {
      if (error instanceof ShardLayoutConflict) throw error;
      if (Date.now() + wait > deadline) {
        logger.warn('could not check QUEUE_SHARDS against the other processes; starting, and checking at every refresh', { error: error instanceof Error ? error.message : String(error) });
        break;
      }
      await sleep(wait, undefined, { ref: false });
    }
  }

  let reported = false;
  let stopped = false;
  let inFlight: Promise<void> = Promise.resolve();
  const refresh = async () => {
    if (stopped) return;
    try {
      if (!confirmed) {
        confirmed = await admit();
        return;
      }
      const others = await claim('register');
      // Only after Redis lost its data while a process with another count booted unchecked.
      if (others.length > 0 && !reported) logger.error(new ShardLayoutConflict(options.shards, others).message);
      reported = others.length > 0;
    } catch (error) {
      if (error instanceof ShardLayoutConflict) {
        stopped = true;
        clearInterval(timer);
        options.onLateConflict(error);
      }
      // Otherwise the connection's own 'error' handler reports Redis being away; the next refresh tries again.
    }
  };
  const timer = setInterval(() => {
    inFlight = refresh();
  }, Math.max(50, Math.floor(ttlMs / 3)));
  timer.unref();
  return {
    async release() {
      stopped = true;
      clearInterval(timer);
      // A refresh under way would add the entry back after its removal.
      await withDeadline(inFlight, RELEASE_LIMIT_MS, 'a refresh').catch(() => undefined);
      if (confirmed && redis.status === 'ready') await withDeadline(redis.zrem(key, member), RELEASE_LIMIT_MS, 'the removal').catch(() => undefined);
    },
  };
}
