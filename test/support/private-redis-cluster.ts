import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './ports';
import type { TestTls } from './test-tls';
import { waitFor } from './wait';

const run = promisify(execFile);

/** One redis-server of the cluster; `bus` is its cluster bus port, chosen free too (not port + 10000, which may pass 65535). */
export interface ClusterNode {
  readonly port: number;
  readonly bus: number;
  readonly process: ChildProcess;
}

/**
 * A Redis Cluster of a test's own: 3 masters and (by default) 3 replicas on free loopback
 * ports, in a temporary directory, never touching the shared Redis.
 */
export interface PrivateRedisCluster {
  /** REDIS_CLUSTER_NODES for the system under test. */
  readonly seeds: string;
  /** REDIS_CLUSTER_NAT_MAP from each announced address to the node's own (empty unless announceOtherPorts). */
  readonly natMap: string;
  readonly nodes: readonly ClusterNode[];
  /** Runs redis-cli against one node and returns its output. */
  cli(port: number, ...args: string[]): Promise<string>;
  /** The port of the master that serves `key`'s slot now. */
  masterOf(key: string): Promise<number>;
  /** SIGKILLs one node (a crash), then waits until the survivors say cluster_state:ok with every slot served. */
  crash(port: number): Promise<void>;
  /** SIGKILLs one node and returns once it has exited, without waiting for a failover (a master with no replica has none). */
  kill(port: number): Promise<void>;
  /** Resolves when every running node says cluster_state:ok. */
  healthy(): Promise<void>;
  /** Kills every node and removes the directory. */
  destroy(): Promise<void>;
}

/** With this node timeout a replica takes over a crashed master in a few seconds, not the default 15. */
const NODE_TIMEOUT_MS = 2000;

/**
 * With `tls`, every node serves clients, replication and the cluster bus over
 * TLS only (no plain port), with the certificate given, and tells clients its
 * TLS port in CLUSTER SLOTS; client certificates are not asked for.
 */
export interface PrivateRedisClusterOptions {
  readonly tls?: TestTls;
  /**
   * Each node tells clients (CLUSTER SLOTS, MOVED) another free port, where
   * nothing listens, instead of its own, as a node in a container announces
   * its inside port: a client that dials what it is told gets nowhere
   * without the cluster's `natMap`.
   */
  readonly announceOtherPorts?: boolean;
  /** Replicas per master: 1 (the default, 6 nodes), or 0 (3 masters; a replica would dial its master at the announced port too). */
  readonly replicas?: 0 | 1;
}

export async function startPrivateRedisCluster(options: PrivateRedisClusterOptions = {}): Promise<PrivateRedisCluster> {
  const { tls, announceOtherPorts = false, replicas = 1 } = options;
  const announced = new Map<number, number>();
  const dir = await mkdtemp(join(tmpdir(), 'postcard-redis-cluster-'));
  const tlsCli = tls === undefined ? [] : ['--tls', '--cacert', tls.caFile];
  const listen = (port: number) =>
    tls === undefined
      ? ['--port', String(port)]
      : ['--port', '0', '--tls-port', String(port), '--tls-cluster', 'yes', '--tls-replication', 'yes', '--tls-auth-clients', 'no',
         '--tls-cert-file', tls.certFile, '--tls-key-file', tls.keyFile, '--tls-ca-cert-file', tls.caFile];
  const nodes: ClusterNode[] = [];
  const running = (node: ClusterNode) => node.process.exitCode === null && node.process.signalCode === null;
  const cli = async (port: number, ...args: string[]) => (await run('redis-cli', [...tlsCli, '-h', '127.0.0.1', '-p', String(port), ...args], { timeout: 20_000 })).stdout;
  const stateOk = async (port: number) => (await cli(port, 'cluster', 'info').catch(() => '')).includes('cluster_state:ok');
  const healthy = async () => {
    const live = nodes.filter(running);
    await waitFor(async () => (await Promise.all(live.map((n) => stateOk(n.port)))).every(Boolean), (ok) => ok, { what: 'cluster_state:ok on every node', timeoutMs: 30_000, intervalMs: 200 });
  };
  const kill = async (node: ClusterNode) => {
    if (!running(node)) return;
    const exited = new Promise((resolve) => node.process.once('exit', resolve));
    node.process.kill('SIGKILL');
    await exited;
  };
  // Should the test process end before destroy() (a hung hook, a crash), its servers must not outlive it.
  const killOnExit = () => nodes.forEach((node) => running(node) && node.process.kill('SIGKILL'));
  process.once('exit', killOnExit);
  const destroy = async () => {
    process.off('exit', killOnExit);
    await Promise.all(nodes.map(kill));
    await rm(dir, { recursive: true, force: true });
  };

  try {
    const used = new Set<number>();
    const pick = async () => {
      for (;;) {
        const port = await freePort();
        if (!used.has(port)) {
          used.add(port);
          return port;
        }
      }
    };
    for (let i = 0; i < 3 * (1 + replicas); i++) {
      const port = await pick();
      const bus = await pick();
      if (announceOtherPorts) announced.set(port, await pick());
      const child = spawn(
        'redis-server',
        [
          ...listen(port),
          ...(announceOtherPorts ? ['--cluster-announce-port', String(announced.get(port)), '--cluster-announce-bus-port', String(bus)] : []),
          '--cluster-port', String(bus),
          '--bind', '127.0.0.1',
          '--cluster-enabled', 'yes',
          '--cluster-config-file', join(dir, `nodes-${port}.conf`),
          '--cluster-node-timeout', String(NODE_TIMEOUT_MS),
          // A replica on a busy test machine may lag; it must still take over, as the test is about the service, not Redis's caution.
          '--cluster-replica-validity-factor', '0',
          '--save', '',
          '--appendonly', 'no',
          '--dir', dir,
          '--daemonize', 'no',
        ],
        { stdio: 'ignore' },
      );
      nodes.push({ port, bus, process: child });
    }
    for (const node of nodes) {
      await waitFor(() => cli(node.port, 'ping').catch(() => ''), (reply) => reply.trim() === 'PONG', { what: `redis cluster node on ${node.port}`, timeoutMs: 10_000 });
    }
    await run('redis-cli', [...tlsCli, '--cluster', 'create', ...nodes.map((n) => `127.0.0.1:${n.port}`), '--cluster-replicas', String(replicas), '--cluster-yes'], { timeout: 60_000 });
    await healthy();
    // cluster_state:ok does not wait for the replicas' first sync; a replica that never synced holds nothing to take over with.
    for (const node of nodes) {
      await waitFor(
        () => cli(node.port, 'info', 'replication').catch(() => ''),
        (info) => info.includes('role:master') || info.includes('master_link_status:up'),
        { what: `node ${node.port} to be a master or a synced replica`, timeoutMs: 30_000, intervalMs: 200 },
      );
    }
  } catch (error) {
    await destroy();
    throw error;
  }

  const masterOf = async (key: string) => {
    const live = nodes.find(running);
    if (live === undefined) throw new Error('no cluster node is running');
    const slot = Number((await cli(live.port, 'cluster', 'keyslot', key)).trim());
    // "<id> <ip:port@bus> <flags> <master> <ping> <pong> <epoch> <link> <slot ranges...>"
    for (const line of (await cli(live.port, 'cluster', 'nodes')).split('\n')) {
      const [, address, flags, , , , , link, ...ranges] = line.split(' ');
      if (address === undefined || flags === undefined || !flags.split(',').includes('master') || flags.includes('fail') || link !== 'connected') continue;
      const serves = ranges.some((range) => {
        const [from, to = from] = range.split('-').map(Number);
        return from !== undefined && to !== undefined && slot >= from && slot <= to;
      });
      if (serves) return Number(address.split('@')[0]?.split(':')[1]);
    }
    throw new Error(`no master serves slot ${slot} of ${key}`);
  };

  return {
    seeds: nodes.map((n) => `127.0.0.1:${n.port}`).join(','),
    natMap: [...announced].map(([port, other]) => `127.0.0.1:${other}=127.0.0.1:${port}`).join(','),
    nodes,
    cli,
    masterOf,
    healthy,
    async kill(port) {
      const node = nodes.find((n) => n.port === port);
      if (node === undefined) throw new Error(`no cluster node on ${port}`);
      await kill(node);
    },
    async crash(port) {
      const node = nodes.find((n) => n.port === port);
      if (node === undefined) throw new Error(`no cluster node on ${port}`);
      await kill(node);
      const witness = nodes.find(running);
      if (witness === undefined) throw new Error('no cluster node is running');
      // The survivors mark it failed after NODE_TIMEOUT_MS and a replica takes its slots: the dead node's line then lists none.
      const failedOver = async () => {
        const line = (await cli(witness.port, 'cluster', 'nodes')).split('\n').find((l) => l.split(' ')[1]?.startsWith(`127.0.0.1:${port}@`));
        const fields = line?.trim().split(' ') ?? [];
        return fields[2]?.split(',').includes('fail') === true && fields.length <= 8;
      };
      await waitFor(failedOver, (done) => done, { what: `a replica to take over from ${port}`, timeoutMs: 30_000, intervalMs: 200 });
      await healthy();
    },
    destroy,
  };
}
