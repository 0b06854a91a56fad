import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './bench-database.js';

/** Where tsconfig.bench.json writes the compiled worker entry points. */
export const BENCH_BUILD = join(REPO_ROOT, 'bench-results', 'build');

/**
 * Compiles src/ and the bare worker to plain JavaScript, so scenario 4's
 * worker processes run the way `npm run worker` runs in production (node on
 * compiled files). Under tsx each process would also carry the compiler:
 * about 55 MB of RSS measured here, which is not ours to count.
 */
export async function compileWorkers(): Promise<{ readonly ours: string; readonly bare: string }> {
  await promisify(execFile)(process.execPath, [join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.bench.json'], { cwd: REPO_ROOT });
  return {
    ours: join(BENCH_BUILD, 'src', 'bin', 'worker.js'),
    bare: join(BENCH_BUILD, 'scripts', 'bench', 'support', 'bare-worker-main.js'),
  };
}
