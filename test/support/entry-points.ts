import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..');

/** A TypeScript source under src/, as `src/bin/api.ts`. */
export type SourcePath = `src/${string}.ts`;

/**
 * Where `tsc -b tsconfig.build.json` compiles a source file: `src/bin/api.ts`
 * → `dist/src/bin/api.js`. Tests that start our entry points as OS processes
 * run node on these files, as `npm run api` does, instead of paying for tsx's
 * compile at every start; global-setup.ts brings dist/ up to date first.
 */
export function compiledPath(source: SourcePath): string {
  return join(REPO_ROOT, 'dist', source.replace(/\.ts$/, '.js'));
}

/** Runs one of our CLIs (node on its compiled entry point) to its end, with only PATH and `env` in its environment. */
export function runEntryPoint(entry: SourcePath, args: readonly string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [compiledPath(entry), ...args], { cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    // 'close', not 'exit': by then all of stdout and stderr has been read.
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
