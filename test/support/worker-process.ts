import { spawn, type ChildProcess } from 'node:child_process';
import { compiledPath, REPO_ROOT, type SourcePath } from './entry-points';

export interface ServiceProcess {
  readonly name: string;
  readonly child: ChildProcess;
  readonly output: () => string;
  /** Sends the signal (SIGTERM by default) and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}
export type WorkerProcess = ServiceProcess;

// Long runs log a lot: keep the tail, which is where start-up and shutdown lines are looked for.
const MAX_OUTPUT = 200_000;

/** Starts the compiled entry point with the given environment, collecting the tail of stdout and stderr. */
function spawnEntryPoint(entry: SourcePath, env: Record<string, string>) {
  const child = spawn(process.execPath, [compiledPath(entry)], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-MAX_OUTPUT);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  // 'close', not 'exit': by then every line the process wrote has been collected.
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/**
 * Runs one of our entry points (`src/bin/*.ts`, compiled to dist/ as `npm run
 * build` does) as a separate OS process, and resolves once it has printed the
 * line that says it is ready.
 */
export async function startServiceProcess(
  name: string,
  entry: SourcePath,
  env: Record<string, string>,
  ready: string,
  readyTimeoutMs = 30_000,
): Promise<ServiceProcess> {
  const { child, output, exited } = spawnEntryPoint(entry, { METRICS_PORT: '0', ...env });
  await new Promise<void>((resolve, reject) => {
    const settle = (error?: Error) => {
      clearTimeout(timer);
      child.stdout.off('data', check);
      child.stderr.off('data', check);
      child.off('close', onExit);
      if (error === undefined) resolve();
      else reject(error);
    };
    // The ready line may arrive in pieces: look at everything collected so far.
    const check = () => {
      if (output().includes(ready)) settle();
    };
    const onExit = () => settle(output().includes(ready) ? undefined : new Error(`${name} exited before it was ready:\n${output()}`));
    const timer = setTimeout(() => settle(new Error(`${name} was not ready within ${readyTimeoutMs} ms:\n${output()}`)), readyTimeoutMs);
    child.stdout.on('data', check);
    child.stderr.on('data', check);
    child.once('close', onExit);
  });
  return {
    name,
    child,
    output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Runs `src/bin/worker.ts` as `npm run worker` would. */
export function startWorkerProcess(env: Record<string, string>, readyTimeoutMs = 30_000): Promise<WorkerProcess> {
  return startServiceProcess('worker', 'src/bin/worker.ts', env, 'workers started', readyTimeoutMs);
}

/** Runs an entry point expected to stop by itself (a boot that fails) and resolves with its exit code and output. */
export async function runServiceProcessToExit(entry: SourcePath, env: Record<string, string>, timeoutMs = 30_000): Promise<{ code: number | null; output: string }> {
  const { child, output, exited } = spawnEntryPoint(entry, env);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await exited;
  clearTimeout(timer);
  if (child.signalCode === 'SIGKILL') throw new Error(`${entry} did not stop within ${timeoutMs} ms:\n${output()}`);
  return { code, output: output() };
}
