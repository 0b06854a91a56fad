import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { REPO_ROOT } from './bench-database.js';

/** Where tsconfig.bench.json writes the compiled worker entry points. */
export const BENCH_BUILD = join(REPO_ROOT, 'bench-results', 'build');

export interface EntryPoints {
  readonly worker: string;
  readonly api: string;
  readonly bareWorker: string;
  readonly bareApi: string;
}

/**
 * Compiles src/ and the bare entry points to plain JavaScript, so the
 * processes of scenarios 3 and 4 run the way `npm run api` and `npm run
 * worker` run in production (node on compiled files). Under tsx each process
 * would also carry the compiler: about 55 MB of RSS measured here, and CPU
 * at start-up, neither of which is ours to count.
 */
export function compileEntryPoints(): Promise<EntryPoints> {
  // Scenarios 3 and 4 both need the build; one run of tsc serves both.
  compiled ??= compile();
  return compiled;
}

let compiled: Promise<EntryPoints> | undefined;

async function compile(): Promise<EntryPoints> {
  // Emit only, as tsx runs the rest of the benchmark: `npm run typecheck` checks these files.
  const tsc = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  await promisify(execFile)(process.execPath, [tsc, '-p', 'tsconfig.bench.json', '--noCheck'], { cwd: REPO_ROOT });
  return {
    worker: join(BENCH_BUILD, 'src', 'bin', 'worker.js'),
    api: join(BENCH_BUILD, 'src', 'bin', 'api.js'),
    bareWorker: join(BENCH_BUILD, 'scripts', 'bench', 'support', 'bare-worker-main.js'),
    bareApi: join(BENCH_BUILD, 'scripts', 'bench', 'support', 'bare-api-main.js'),
  };
}

/**
 * The node flags `npm run worker` starts the worker with (package.json), but
 * for loading .env, so that scenarios 4 and 6 run the worker as it is
 * deployed. Under V8's defaults garbage piles up to ≈ 200 MB of heap before a
 * full collection at this load, while the live heap stays under ≈ 80 MB
 * (--trace-gc); the script's heap cap makes V8 collect sooner.
 */
export async function workerScriptNodeArgs(): Promise<string[]> {
  const { scripts } = z.object({ scripts: z.object({ worker: z.string() }) }).parse(JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')));
  const words = scripts.worker.split(/\s+/);
  return words.slice(words.indexOf('node') + 1).filter((word) => word.startsWith('--') && !word.startsWith('--env-file'));
}
