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
