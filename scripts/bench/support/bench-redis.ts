import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { freePort } from '../../../test/support/ports.js';
import { pollUntil, type Scope } from './scope.js';

/**
 * A redis-server of the benchmark's own on a free port. The shared Redis on
 * 6379 is never touched: the benchmark flushes and measures this one, so its
 * INFO counters see nothing but the benchmark's traffic.
 */
export interface BenchRedis {
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  /** An admin connection for INFO, SCAN and MEMORY USAGE; never used by the code under test. */
  readonly admin: Redis;
  /** Empties this private server between scenarios. */
  flush(): Promise<void>;
}

export async function startBenchRedis(scope: Scope, binary: string): Promise<BenchRedis> {
  const port = await freePort();
  if (port === 6379) throw new Error('refusing to start a private Redis on the shared port 6379');
  const dir = await mkdtemp(join(tmpdir(), 'postcard-bench-redis-'));
  scope.defer('redis directory', () => rm(dir, { recursive: true, force: true }));
  const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${binary}`);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  scope.defer(`redis-server pid ${pid}`, async () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(pid, 'SIGKILL');
    await exited;
  });

  const admin = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => 200 });
  // Connection errors surface as failed commands (the readiness poll below, or a scenario's INFO call).
  admin.on('error', () => undefined);
  scope.defer('redis admin connection', () => void admin.disconnect());
  await pollUntil(
    async () => {
      if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`);
      return admin.ping().then(
        () => true,
        () => false,
      );
    },
    (up) => up,
    { timeoutMs: 10_000, what: `redis-server on port ${port}` },
  );
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid,
    admin,
    async flush() {
      await admin.flushall();
      await admin.config('RESETSTAT');
    },
  };
}
