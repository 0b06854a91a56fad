import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './entry-points';

/** The studio's sources (Vue + Vite) and where the API serves its build from. */
export const STUDIO_SOURCE = join(REPO_ROOT, 'web');
const STUDIO_BUILD = join(REPO_ROOT, 'dist', 'web');
/** Vite's config in web/, whichever of its names it has (undefined before web/ exists). */
const viteConfig = () => ['vite.config.mts', 'vite.config.ts', 'vite.config.mjs', 'vite.config.js'].map((name) => join(STUDIO_SOURCE, name)).find((path) => existsSync(path));

/** The newest modification time of any file under `dir`, in ms (0 when it holds none). */
async function newestFileTime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || /(^|[/\\])(node_modules|dist)([/\\]|$)/.test(relative(dir, entry.parentPath))) continue;
    newest = Math.max(newest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
  }
  return newest;
}

/** Whether dist/web is missing, or older than a file under web/ (its index.html is written last, by every build). */
async function studioBuildIsStale(): Promise<boolean> {
  const index = join(STUDIO_BUILD, 'index.html');
  if (!existsSync(index)) return true;
  return (await newestFileTime(STUDIO_SOURCE)) > (await stat(index)).mtimeMs;
}

/**
 * Builds the studio into dist/web when its sources changed since the last
 * build, as `tsc -b` does for dist/src: an unchanged studio costs one walk of
 * web/. Vite writes into a directory of its own which then replaces dist/web
 * in one rename, so a server reading dist/web (another test run, `npm run dev`)
 * never sees a half-emptied build. Nothing to do before web/ exists.
 */
async function buildStudioIfStale(): Promise<void> {
  const config = viteConfig();
  if (config === undefined || !(await studioBuildIsStale())) return;
  const staging = `${STUDIO_BUILD}.building-${process.pid}`;
  const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  try {
    await promisify(execFile)(process.execPath, [vite, 'build', '--config', config, '--outDir', staging, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: REPO_ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    const output = error instanceof Error && 'stderr' in error ? `${String((error as { stdout?: unknown }).stdout)}${String(error.stderr)}` : '';
    throw new Error(`building the studio for the browser tests failed (vite build --config ${relative(REPO_ROOT, config)}):\n${output}`, { cause: error });
  }
  const previous = `${STUDIO_BUILD}.previous-${process.pid}`;
  if (existsSync(STUDIO_BUILD)) await rename(STUDIO_BUILD, previous);
  await rename(staging, STUDIO_BUILD);
  await rm(previous, { recursive: true, force: true });
}

/** Set by the global setup, inherited by the test workers: why the studio could not be built. */
const BUILD_ERROR = 'STUDIO_BUILD_ERROR';

/**
 * For the global setup: builds the studio if stale. A studio that does not
 * build fails its own browser test (which reads `studioBuildError`), not
 * every integration suite of the run.
 */
export async function prepareStudio(): Promise<void> {
  try {
    await buildStudioIfStale();
  } catch (error) {
    process.env[BUILD_ERROR] = error instanceof Error ? error.message : String(error);
  }
}

export const studioBuildError = (): string | undefined => process.env[BUILD_ERROR];
