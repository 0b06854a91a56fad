import calculateSlot from 'cluster-key-slot';
import { z } from 'zod';

/** One seed node of a Redis Cluster; the client discovers the others from it. */
export interface RedisNode {
  readonly host: string;
  readonly port: number;
}

/** A host name, an IPv4 address or a bracketed IPv6 address, then a port. */
const NODE = /^(\[[0-9a-f:.]+\]|[a-z0-9-]+(\.[a-z0-9-]+)*):(\d{1,5})$/i;

/** REDIS_CLUSTER_NODES: "10.0.0.1:7000, redis-2:7000" → its nodes; at least one, each host:port. */
export function clusterNodeList(value: string, ctx: z.RefinementCtx): RedisNode[] {
  const items = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (items.length === 0) ctx.addIssue({ code: 'custom', message: 'name at least one host:port' });
  const nodes: RedisNode[] = [];
  for (const item of items) {
    const parsed = node(item);
    if (parsed === null) ctx.addIssue({ code: 'custom', message: `"${item}" is not a host:port such as 10.0.0.1:7000` });
    else nodes.push(parsed);
  }
  return nodes;
}

/** Where to reach a node that the cluster announces at another address (ioredis's natMap). */
export type RedisNatMap = Readonly<Record<string, RedisNode>>;

/**
 * REDIS_CLUSTER_NAT_MAP: "10.0.1.5:7000=redis.example.com:17000, …" → for
 * each address the cluster announces (CLUSTER SLOTS), the one this process
 * dials instead: nodes in containers or behind NAT announce addresses their
 * clients cannot reach.
 */
export function natMapList(value: string, ctx: z.RefinementCtx): RedisNatMap {
  const map: Record<string, RedisNode> = {};
  const items = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (items.length === 0) ctx.addIssue({ code: 'custom', message: 'name at least one announced=reachable pair' });
  for (const item of items) {
    const [announced, reachable, ...rest] = item.split('=').map((s) => s.trim());
    const from = announced === undefined ? null : node(announced);
    const to = reachable === undefined ? null : node(reachable);
    if (from === null || to === null || rest.length > 0) {
      ctx.addIssue({ code: 'custom', message: `"${item}" is not announced-host:port=reachable-host:port such as 10.0.1.5:7000=127.0.0.1:17000` });
      continue;
    }
    map[`${from.host}:${from.port}`] = to;
  }
  return map;
}

function node(text: string): RedisNode | null {
  const match = NODE.exec(text);
  const port = Number(match?.[3]);
  if (match?.[1] === undefined || port < 1 || port > 65535) return null;
  return { host: match[1].replace(/^\[(.*)\]$/, '$1'), port };
}

/**
 * The part of a key Redis Cluster hashes: the text between the first "{" and
 * the next "}", when not empty (Redis's own rule); null when the key has none.
 */
export function hashTag(key: string): string | null {
  const open = key.indexOf('{');
  const close = open < 0 ? -1 : key.indexOf('}', open + 1);
  return close > open + 1 ? key.slice(open + 1, close) : null;
}

/**
 * QUEUE_PREFIX when unset. A cluster needs the hash tag: BullMQ keeps a
 * flow's jobs of all four queues in one multi-key script, so all its keys
 * must hash to one slot. One Redis keeps the untagged name it always had:
 * renaming every key would strand the queued jobs of a running deployment.
 */
export function queuePrefixDefault(cluster: boolean): string {
  return cluster ? '{postcard}' : 'postcard';
}

/** Redis Cluster's hash slots: a key's slot is CRC16 of its hash tag (or whole name) mod this. */
const SLOTS = 16384;

/**
 * The key prefixes of QUEUE_SHARDS shards, each a complete set of the four
 * step queues with its postcards' event logs (queue-shards.ts decides which
 * postcard goes where). One shard is the prefix itself. With a {hash tag},
 * shard k's tag is the prefix's with the first suffix "-j" whose slot falls
 * in the k-th of `count` equal slot ranges: `redis-cli --cluster create`
 * gives each of M masters one equal range, so with count = M every master
 * carries one shard, and with a multiple of M each carries as many. Without
 * a tag (one Redis, where placement means nothing) shard k is "<prefix>-k".
 * The same prefix and count always give the same shards, in every process.
 */
export function queueShardPrefixes(prefix: string, count: number): string[] {
  if (count <= 1) return [prefix];
  const tag = hashTag(prefix);
  if (tag === null) return Array.from({ length: count }, (_, k) => `${prefix}-${k}`);
  return Array.from({ length: count }, (_, k) => {
    const low = Math.floor((k * SLOTS) / count);
    const high = Math.floor(((k + 1) * SLOTS) / count);
    // CRC16 spreads consecutive suffixes evenly: a range of R slots is hit within ~SLOTS/R tries.
    for (let j = 0; ; j += 1) {
      const slot = calculateSlot(`${tag}-${j}`);
      if (slot >= low && slot < high) return prefix.replace(`{${tag}}`, `{${tag}-${j}}`);
    }
  });
}

export const RedisClusterEnvShape = {
  /** "host:port,host:port": seed nodes of a Redis Cluster; every connection is then a cluster client. */
  REDIS_CLUSTER_NODES: z.string().transform(clusterNodeList).optional(),
  /** "announced:port=reachable:port,…": for nodes that announce addresses this process cannot reach (natMapList). */
  REDIS_CLUSTER_NAT_MAP: z.string().transform(natMapList).optional(),
  /** Default `postcard`, or `{postcard}` with a cluster (queuePrefixDefault). */
  QUEUE_PREFIX: z
    .string()
    .regex(/^(?=.{1,64}$)[A-Za-z0-9_-]*(\{[A-Za-z0-9_-]+\})?[A-Za-z0-9_-]*$/, 'letters, digits, "-" and "_" only, with at most one {hash tag} (1-64)')
    .optional(),
  /** Sets of the four step queues postcards are spread over (queueShardPrefixes); 1 keeps everything on one slot. */
  QUEUE_SHARDS: z.coerce.number().int().min(1).max(64).default(1),
};

type ClusterEnv = z.output<z.ZodObject<typeof RedisClusterEnvShape>>;

/** The cluster settings, and what is wrong with them together (config.ts reports every problem at once). */
export function clusterProblems(e: ClusterEnv): {
  readonly nodes: readonly RedisNode[] | null;
  readonly natMap: RedisNatMap | null;
  readonly queuePrefix: string;
  readonly queueShards: readonly string[];
  readonly problems: readonly string[];
} {
  const nodes = e.REDIS_CLUSTER_NODES ?? null;
  const queuePrefix = e.QUEUE_PREFIX ?? queuePrefixDefault(nodes !== null);
  const problems: string[] = [];
  if (nodes !== null && hashTag(queuePrefix) === null) {
    problems.push(`QUEUE_PREFIX: must carry a {hash tag} with REDIS_CLUSTER_NODES set (such as {${queuePrefix}}), or BullMQ's keys of one flow land in different slots`);
  }
  if (nodes === null && e.REDIS_CLUSTER_NAT_MAP !== undefined) problems.push('REDIS_CLUSTER_NAT_MAP: applies to a cluster only; set REDIS_CLUSTER_NODES too, or unset it');
  return { nodes, natMap: e.REDIS_CLUSTER_NAT_MAP ?? null, queuePrefix, queueShards: queueShardPrefixes(queuePrefix, e.QUEUE_SHARDS), problems };
}
