import { accepts, freePort } from './ports';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from './wait';

/** A redis-server of a test's own, on a free port, that the test may stop and start (never the shared one). */
export interface PrivateRedis {
  readonly port: number;
  readonly url: string;
  /** SIGKILL by default (a crash); SIGTERM shuts down cleanly, flushing the AOF. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  start(): Promise<void>;
  /** Stops it for good and removes its directory. */
  destroy(): Promise<void>;
}

export interface PrivateRedisOptions {
  readonly appendOnly?: boolean;
  /**
   * appendfsync, set explicitly when given (Redis's default is everysec): what a
   * crash may lose depends on it, so a test that crashes Redis says which it ran.
   */
  readonly appendFsync?: 'always' | 'everysec' | 'no';
}

export async function startPrivateRedis(options: PrivateRedisOptions = {}): Promise<PrivateRedis> {
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), 'postcard-redis-'));
  let child: ChildProcess | undefined;
  const start = async () => {
    // Already running: a second server could not bind the port, and tracking it would orphan the first.
    if (child !== undefined && child.exitCode === null && child.signalCode === null) return;
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', options.appendOnly === true ? 'yes' : 'no'];
    if (options.appendFsync !== undefined) args.push('--appendfsync', options.appendFsync);
    child = spawn('redis-server', args, { stdio: 'ignore' });
    await waitFor(() => accepts(port), (up) => up, { what: `redis on ${port}`, timeoutMs: 10_000 });
  };
  const stop = async (signal: NodeJS.Signals = 'SIGKILL') => {
    const running = child;
    if (running === undefined || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill(signal);
    await exited;
  };
  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stop,
    start,
    async destroy() {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
