import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { REPO_ROOT } from './bench-database.js';
import { pollUntil, sleep, type Scope } from './scope.js';

/** A Node process the benchmark started (a worker), whose memory it samples. */
export interface ChildNode {
  readonly pid: number;
  /** Largest VmRSS seen by the sampler and the kernel's VmHWM (peak RSS), in MB. */
  memory(): Promise<{ readonly rssMb: number; readonly peakSampledMb: number; readonly hwmMb: number }>;
  stop(): Promise<void>;
}

const MB = 1024;

/** node flags that make a child write a CPU profile into `dir` when it exits (none when `dir` is unset). */
export function profileArgs(dir: string | undefined, name: string): string[] {
  return dir === undefined ? [] : ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-name', `${name}-${Date.now()}.cpuprofile`];
}

async function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (match === null) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(match[1]);
}

/**
 * Spawns `node [nodeArgs] <script> [args]` (with `--import tsx` for a .ts
 * script) with exactly `env`
 * (plus PATH), appends its output to `logPath`, waits until it prints
 * `readyLine`, and samples its RSS every 100 ms until it stops.
 */
export async function startChildNode(
  scope: Scope,
  options: { readonly script: string; readonly args?: readonly string[]; readonly nodeArgs?: readonly string[]; readonly env: Record<string, string>; readonly logPath: string; readonly readyLine: string },
): Promise<ChildNode> {
  const log = createWriteStream(options.logPath, { flags: 'a' });
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...(options.script.endsWith('.ts') ? ['--import', 'tsx'] : []), options.script, ...(options.args ?? [])], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${options.script}`);
  let ready = false;
  let tail = '';
  const onOutput = (chunk: Buffer) => {
    log.write(chunk);
    tail = (tail + chunk.toString()).slice(-4000);
    if (tail.includes(options.readyLine)) ready = true;
  };
  child.stdout.on('data', onOutput);
  child.stderr.on('data', onOutput);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const running = () => child.exitCode === null && child.signalCode === null;

  let peakKb = 0;
  const sampler = setInterval(() => {
    statusKb(pid, 'VmRSS').then(
      (kb) => (peakKb = Math.max(peakKb, kb)),
      // The process may exit between two samples; the last good sample stands.
      () => undefined,
    );
  }, 100);
  const stop = async () => {
    clearInterval(sampler);
    if (running()) {
      process.kill(pid, 'SIGTERM');
      const graceful = await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)]);
      if (!graceful && running()) process.kill(pid, 'SIGKILL');
    }
    await exited;
    await new Promise<void>((resolve) => log.end(() => resolve()));
  };
  scope.defer(`${options.script} pid ${pid}`, stop);

  await pollUntil(
    async () => {
      if (!running()) throw new Error(`${options.script} exited before it was ready:\n${tail}`);
      return ready;
    },
    (isReady) => isReady,
    { timeoutMs: 60_000, intervalMs: 50, what: `${options.script} to print "${options.readyLine}"` },
  );
  return {
    pid,
    async memory() {
      const [rssKb, hwmKb] = await Promise.all([statusKb(pid, 'VmRSS'), statusKb(pid, 'VmHWM')]);
      peakKb = Math.max(peakKb, rssKb);
      return { rssMb: rssKb / MB, peakSampledMb: peakKb / MB, hwmMb: hwmKb / MB };
    },
    stop,
  };
}
