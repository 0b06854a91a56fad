import { join } from 'node:path';
import { Piscina } from 'piscina';
import { runCpuTask, type CpuKind, type CpuResults, type CpuTask, type CpuTaskOf } from './cpu-tasks.js';

/**
 * Where a worker process runs its CPU-bound work (cpu-tasks.ts): the page
 * gate (3–4 ms a page) and the local providers (≈ 2 ms a postcard), which on
 * the event loop delay every other job's bookkeeping, BullMQ's lock renewals
 * and, in `npm start`, HTTP and live streams (BENCHMARKS.md). WORKER_THREADS
 * worker threads take it onto the host's other cores; 0 runs it in-process.
 */
export interface CpuPool {
  /** `signal` ends the task's thread when the step is aborted (a timeout, a cancel); Piscina starts another. */
  run<K extends CpuKind>(task: CpuTaskOf<K>, signal?: AbortSignal): Promise<CpuResults[K]>;
  close(): Promise<void>;
}

export const inProcessCpu: CpuPool = {
  run: async (task) => runCpuTask(task),
  close: async () => undefined,
};

/**
 * The threads run the tasks file beside this one: compiled JavaScript in
 * production, TypeScript under tsx (`npm run dev`, the benchmarks), whose
 * loader worker threads inherit with the parent's execArgv. Under jest the
 * sources are TypeScript without that loader: tests use 0 threads, or dist/.
 */
function threadEntry(): string {
  return join(__dirname, `cpu-tasks${__filename.endsWith('.ts') ? '.ts' : '.js'}`);
}

function threadedCpu(threads: number, onError: (error: Error) => void): CpuPool {
  const pool = new Piscina<CpuTask, CpuResults[CpuKind]>({
    filename: threadEntry(),
    minThreads: threads,
    maxThreads: threads,
    // The threads live as long as the process: starting one costs more than many tasks.
    idleTimeout: Number.POSITIVE_INFINITY,
  });
  // A thread that fails outside a task (its file cannot load, a replacement cannot start) is an
  // 'error' on the pool; unheard, it would end the process with every job in it. Tasks still fail.
  pool.on('error', onError);
  return {
    // Piscina is typed by the union; each kind's task yields that kind's result (cpu-tasks.ts).
    run: <K extends CpuKind>(task: CpuTaskOf<K>, signal?: AbortSignal) =>
      pool.run(task, signal === undefined ? {} : { signal }) as Promise<CpuResults[K]>,
    close: () => pool.destroy(),
  };
}

export function createCpuPool(threads: number, onError: (error: Error) => void): CpuPool {
  return threads === 0 ? inProcessCpu : threadedCpu(threads, onError);
}
