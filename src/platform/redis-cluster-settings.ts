import type { z } from 'zod';

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
    const match = NODE.exec(item);
    const port = Number(match?.[3]);
    if (match?.[1] === undefined || port < 1 || port > 65535) {
      ctx.addIssue({ code: 'custom', message: `"${item}" is not a host:port such as 10.0.0.1:7000` });
      continue;
    }
    nodes.push({ host: match[1].replace(/^\[(.*)\]$/, '$1'), port });
  }
  return nodes;
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
