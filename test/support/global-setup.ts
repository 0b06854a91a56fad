import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './entry-points';
import { adminQuery, applyMigrations, databaseUrl, dropDatabasesWithPrefix } from './postgres';
import { prepareStudio } from './studio-build';

/**
 * The process tests run node on dist/, as `npm run api` does, so dist/ must
 * match the sources. `tsc -b` rebuilds only what changed since the last build
 * (about a second when nothing did, which is the case in CI, which builds
 * first); --noCheck because `npm run typecheck` checks these same sources
 * along with the tests, and the jest transform does not check either.
 */
async function buildDist(): Promise<void> {
  const tsc = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    await promisify(execFile)(process.execPath, [tsc, '-b', 'tsconfig.build.json', '--noCheck'], { cwd: REPO_ROOT });
  } catch (error) {
    // tsc reports on stdout, which execFile's error carries.
    const report = error instanceof Error && 'stdout' in error ? String(error.stdout) : '';
    throw new Error(`building dist/ for the process tests failed (tsc -b tsconfig.build.json):\n${report}`, { cause: error });
  }
}

/**
 * Builds one migrated template database per test run. Every integration suite
 * then clones it (CREATE DATABASE … TEMPLATE), which takes milliseconds and
 * gives each suite a database of its own.
 */
async function createTemplateDatabase(template: string): Promise<void> {
  await adminQuery(`CREATE DATABASE "${template}"`);
  await applyMigrations(databaseUrl(template));
  await adminQuery(`ALTER DATABASE "${template}" WITH ALLOW_CONNECTIONS false`);
}

/** Runs before the integration project's suites (jest.config.js). */
export default async function globalSetup(): Promise<void> {
  const runId = `${process.pid}_${randomBytes(3).toString('hex')}`;
  const template = `postcard_test_${runId}_tmpl`;
  // Independent, so side by side; jest runs no teardown when setup fails, so this cleans up after itself.
  // The studio (web/, built into dist/web) is rebuilt only when its sources changed, as dist/ is.
  const results = await Promise.allSettled([buildDist(), prepareStudio(), createTemplateDatabase(template)]);
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure !== undefined) {
    await dropDatabasesWithPrefix(`postcard_test_${runId}_`);
    throw failure.reason;
  }
  // Workers are forked after this, so they inherit these.
  process.env.TEST_RUN_ID = runId;
  process.env.TEST_TEMPLATE_DB = template;
}
