import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { promisify } from 'node:util';
import { compiledPath, REPO_ROOT, type SourcePath } from './entry-points';
import { waitFor } from './wait';

const run = promisify(execFile);
const ip = async (...args: string[]): Promise<string> => (await run('ip', args, { timeout: 15_000 })).stdout;

/**
 * Why Linux network namespaces cannot be used here (not root, no `ip netns`),
 * or null when they can. Checked synchronously: jest picks describe or
 * describe.skip while it collects the tests.
 */
export function netnsUnavailable(): string | null {
  if (process.platform !== 'linux') return `network namespaces need Linux, not ${process.platform}`;
  if (process.getuid?.() !== 0) return 'ip netns needs root';
  const probe = spawnSync('ip', ['netns', 'list'], { encoding: 'utf8', timeout: 10_000 });
  if (probe.error !== undefined || probe.status !== 0) return `ip netns does not work here: ${probe.error?.message ?? probe.stderr.trim()}`;
  return null;
}

/** A process started inside a host's namespace. */
export interface HostProcess {
  readonly name: string;
  readonly pid: number;
  /** The tail of its stdout and stderr. */
  readonly output: () => string;
}

/** One simulated machine: a network namespace with one interface on the lab's bridge. */
export interface NetnsHost {
  readonly role: string;
  readonly namespace: string;
  /** Its only address (besides its own loopback). */
  readonly address: string;
  /** Runs a command inside the namespace to its end and returns its stdout. */
  exec(command: string, args: readonly string[]): Promise<string>;
  /** Starts a long-running command inside the namespace; resolves once its output includes `ready`. */
  start(name: string, command: string, args: readonly string[], options: { readonly env?: Record<string, string>; readonly ready: string }): Promise<HostProcess>;
  /** Starts one of our compiled entry points (dist/), as `npm run worker` does on a real machine. */
  startEntryPoint(name: string, entry: SourcePath, env: Record<string, string>, ready: string): Promise<HostProcess>;
  /** Every process inside the namespace now, whoever started it (`ip netns pids`). */
  pids(): Promise<number[]>;
  /**
   * A power cut: the link goes down first, so that nothing the dying
   * processes send (FIN, RST) reaches Redis or PostgreSQL, then every process
   * in the namespace is SIGKILLed. Resolves with the pids it killed, once none is left.
   */
  crash(): Promise<number[]>;
}

/** A bridge in the root namespace and the hosts plugged into it, on a /24 of the lab's own. */
export interface NetnsLab {
  /** The bridge's address: how the test process itself appears on the subnet. */
  readonly gateway: string;
  /** The lab's subnet, as `10.231.x.0/24`. */
  readonly cidr: string;
  addHost(role: string): Promise<NetnsHost>;
  /** Kills every process in every namespace, deletes the namespaces (and so their veths) and the bridge. */
  destroy(): Promise<void>;
}

// Long runs log a lot: keep the tail, where the lines a test counts still are (160 step lines are ≈ 50 KB).
const MAX_OUTPUT = 400_000;
const READY_TIMEOUT_MS = 45_000;

/** A 10.231.x.0/24 that no interface or route of this machine uses yet (a parallel run picks another). */
async function freeSubnet(): Promise<string> {
  const used = `${await ip('-4', '-o', 'addr', 'show')}\n${await ip('-4', 'route', 'show', 'table', 'all')}`;
  for (let tries = 0; tries < 50; tries++) {
    const subnet = `10.231.${randomInt(0, 256)}`;
    if (!used.includes(`${subnet}.`)) return subnet;
  }
  throw new Error('no free 10.231.x.0/24 subnet');
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch (error) {
    // ESRCH: it died on its own between listing and killing, which is what we wanted.
    if (!(error instanceof Error && 'code' in error && error.code === 'ESRCH')) throw error;
  }
}

async function listPids(namespace: string): Promise<number[]> {
  return (await ip('netns', 'pids', namespace)).split('\n').filter((p) => p !== '').map(Number);
}

function ignoreMissingDevice(error: unknown): void {
  // Already gone with its namespace or its peer: that is the state we wanted.
  if (!String(error).includes('Cannot find device')) throw error;
}

export async function createNetnsLab(): Promise<NetnsLab> {
  // Interface names may hold 15 characters: "pcb" + 6 hex for the bridge, "pc" + 6 hex + index for veths.
  const suffix = randomBytes(3).toString('hex');
  const subnet = await freeSubnet();
  const bridge = `pcb${suffix}`;
  const gateway = `${subnet}.1`;
  const hosts: NetnsHost[] = [];
  const children = new Set<ChildProcess>();
  const namespaces: string[] = [];
  const veths: string[] = [];

  const destroyed = { done: false };
  const destroy = async () => {
    if (destroyed.done) return;
    destroyed.done = true;
    process.off('exit', destroySync);
    // Last host first: the data host outlives its clients, so their closing connections reach a live server instead of lingering.
    for (const namespace of [...namespaces].reverse()) {
      (await listPids(namespace)).forEach(killQuietly);
      await waitFor(() => listPids(namespace), (left) => left.length === 0, { what: `no process left in ${namespace}`, timeoutMs: 15_000, intervalMs: 100 });
    }
    for (const namespace of namespaces) await ip('netns', 'del', namespace);
    // A namespace outlives `ip netns del` while the kernel still holds sockets of its dead processes (a crashed
    // host's unanswered FINs retry for minutes), and its veth with it; deleting our end removes the pair now.
    for (const link of [...veths, bridge]) await ip('link', 'del', link).catch(ignoreMissingDevice);
  };
  // Should jest end without afterAll (a crash, a hung hook), nothing of the lab may outlive it.
  const destroySync = () => {
    if (destroyed.done) return;
    for (const child of children) child.kill('SIGKILL');
    for (const namespace of namespaces) {
      const pids = spawnSync('ip', ['netns', 'pids', namespace], { encoding: 'utf8' }).stdout.split('\n').filter((p) => p !== '');
      pids.forEach((pid) => killQuietly(Number(pid)));
      spawnSync('ip', ['netns', 'del', namespace]);
    }
    for (const link of [...veths, bridge]) spawnSync('ip', ['link', 'del', link]);
  };
  process.once('exit', destroySync);

  try {
    await ip('link', 'add', bridge, 'type', 'bridge');
    await ip('addr', 'add', `${gateway}/24`, 'dev', bridge);
    await ip('link', 'set', bridge, 'up');
  } catch (error) {
    await destroy();
    throw error;
  }

  const addHost = async (role: string): Promise<NetnsHost> => {
    const index = hosts.length;
    const namespace = `postcard-${suffix}-${role}`;
    const veth = `pc${suffix}${index}`;
    const address = `${subnet}.${10 + index}`;
    // Recorded once they exist, so that destroy() never asks about one that does not.
    await ip('netns', 'add', namespace);
    namespaces.push(namespace);
    await ip('link', 'add', veth, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', namespace);
    veths.push(veth);
    await ip('link', 'set', veth, 'master', bridge, 'up');
    await ip('-n', namespace, 'addr', 'add', `${address}/24`, 'dev', 'eth0');
    await ip('-n', namespace, 'link', 'set', 'eth0', 'up');
    // Node, Redis and PostgreSQL expect a working loopback even when nothing uses it.
    await ip('-n', namespace, 'link', 'set', 'lo', 'up');

    const pids = () => listPids(namespace);
    const start: NetnsHost['start'] = async (name, command, args, options) => {
      // `ip netns exec` execs the command itself (no fork), so the child's pid is the command's.
      const child = spawn('ip', ['netns', 'exec', namespace, command, ...args], {
        cwd: REPO_ROOT,
        env: { PATH: process.env.PATH ?? '', ...options.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.add(child);
      child.once('close', () => children.delete(child));
      let output = '';
      const collect = (chunk: Buffer) => {
        output = (output + chunk.toString()).slice(-MAX_OUTPUT);
      };
      child.stdout.on('data', collect);
      child.stderr.on('data', collect);
      const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
      const pid = child.pid;
      if (pid === undefined) throw new Error(`${name} on ${role} did not start`);
      // Polled, not evented: the ready line may arrive in pieces, and a process that died early must fail fast with its output.
      let exited = false;
      void closed.then(() => (exited = true));
      await waitFor(async () => output.includes(options.ready) || exited, (stop) => stop, { what: `${name} on ${role} to be ready`, timeoutMs: READY_TIMEOUT_MS, intervalMs: 50 }).catch(
        (error: unknown) => {
          throw new Error(`${name} on ${role}: ${String(error)}\n${output}`);
        },
      );
      if (!output.includes(options.ready)) throw new Error(`${name} on ${role} exited before it was ready:\n${output}`);
      return { name, pid, output: () => output };
    };
    const host: NetnsHost = {
      role,
      namespace,
      address,
      exec: async (command, args) => (await run('ip', ['netns', 'exec', namespace, command, ...args], { timeout: 60_000 })).stdout,
      start,
      startEntryPoint: (name, entry, env, ready) => start(name, process.execPath, [compiledPath(entry)], { env: { NODE_ENV: 'test', ...env }, ready }),
      pids,
      async crash() {
        await ip('link', 'set', veth, 'down');
        const victims = await pids();
        victims.forEach(killQuietly);
        await waitFor(pids, (left) => left.length === 0, { what: `every process on ${role} to die`, timeoutMs: 15_000, intervalMs: 50 });
        return victims;
      },
    };
    hosts.push(host);
    return host;
  };

  return { gateway, cidr: `${subnet}.0/24`, addHost, destroy };
}
