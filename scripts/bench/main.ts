import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { loadConfig } from '../../src/platform/config.js';
import { urlPasswords } from '../../src/platform/secrets.js';
import { parseOptions, USAGE, type BenchOptions } from './options.js';
import { renderMarkdown, renderTable, type ScenarioResult } from './report.js';
import type { BenchContext } from './scenarios/context.js';
import { throughputScenario } from './scenarios/s1-throughput.js';
import { handoffScenario } from './scenarios/s2-handoff.js';
import { createLatencyScenario } from './scenarios/s3-create-latency.js';
import { concurrencyScenario } from './scenarios/s4-concurrency.js';
import { costScenario } from './scenarios/s5-cost.js';
import { horizontalScenario } from './scenarios/s6-horizontal.js';
import { createBenchDatabase, REPO_ROOT } from './support/bench-database.js';
import { createBenchLogger } from './support/bench-logger.js';
import { startBenchRedis } from './support/bench-redis.js';
import { installStatementCounter } from './support/pg-stats.js';
import { Scope } from './support/scope.js';

const SCENARIOS: Record<number, (ctx: BenchContext) => Promise<ScenarioResult>> = {
  1: throughputScenario,
  2: handoffScenario,
  3: createLatencyScenario,
  4: concurrencyScenario,
  5: costScenario,
  6: horizontalScenario,
};

const started = Date.now();
const say = (message: string) => process.stderr.write(`[bench +${((Date.now() - started) / 1000).toFixed(1)}s] ${message}\n`);

async function versionOf(pkg: string): Promise<string> {
  const text = await readFile(join(REPO_ROOT, 'node_modules', pkg, 'package.json'), 'utf8');
  const parsed: unknown = JSON.parse(text);
  return typeof parsed === 'object' && parsed !== null && 'version' in parsed && typeof parsed.version === 'string' ? parsed.version : 'unknown';
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  } catch (error) {
    say(`could not read the git commit: ${error instanceof Error ? error.message : String(error)}`);
    return 'unknown';
  }
}

async function run(options: BenchOptions, scope: Scope): Promise<boolean> {
  await mkdir(dirname(options.out), { recursive: true });
  const logPath = options.out.replace(/\.json$/, '') + '.log';
  const statements = installStatementCounter();
  say(`size ${options.size}, scenarios ${options.scenarios.join(',')}; service logs → ${logPath}`);
  const redis = await startBenchRedis(scope, options.redisServer);
  const db = await createBenchDatabase(scope, options.pgUrl);
  statements.ignore(db.client);
  say(`private redis-server on port ${redis.port} (pid ${redis.pid}), database ${db.name}`);
  const logger = createBenchLogger(scope, logPath, 'info', urlPasswords(options.pgUrl));
  const runId = randomBytes(3).toString('hex');
  const ctx: BenchContext = {
    options,
    pipeline: loadConfig({ WORKER_CONCURRENCY: String(options.concurrency) }).pipeline,
    scope,
    redis,
    db,
    logger,
    logPath,
    statements,
    progress: say,
    prefix: (name) => `bench-${runId}-${name}`,
    async reset() {
      await redis.flush();
      await db.truncate();
    },
    onError: (error) => logger.error('baseline error', { error }),
  };

  const meta = {
    date: new Date(started).toISOString(),
    node: process.version,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    loadavgAtStart: loadavg(),
    redis: (await redis.admin.info('server')).match(/redis_version:(\S+)/)?.[1] ?? 'unknown',
    postgres: (await db.query<{ server_version: string }>('SHOW server_version'))[0]?.server_version ?? 'unknown',
    bullmq: await versionOf('bullmq'),
    prisma: await versionOf('@prisma/client'),
    commit: gitCommit(),
    options,
  };

  const results: ScenarioResult[] = [];
  const errors: Array<{ scenario: number; error: string }> = [];
  for (const id of options.scenarios) {
    const scenario = SCENARIOS[id];
    if (scenario === undefined) throw new Error(`no scenario ${id}`);
    try {
      results.push(await scenario(ctx));
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      say(`scenario ${id} failed: ${message}`);
      errors.push({ scenario: id, error: message });
    }
  }

  const report = { meta: { ...meta, loadavgAtEnd: loadavg(), durationSeconds: (Date.now() - started) / 1000 }, results, errors };
  await writeFile(options.out, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`\n${renderTable(results)}\n\n`);
  for (const result of results) for (const note of result.notes) process.stdout.write(`  ${result.id}. ${note}\n`);
  process.stdout.write(`\nMarkdown:\n${renderMarkdown(results)}\n\nresults: ${options.out}\n`);
  return errors.length === 0;
}

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2), new Date(started));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\nusage: ${USAGE}\n`);
    process.exit(2);
  }
  const scope = new Scope(say);
  let closing = false;
  const interrupt = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    say(`${signal}: cleaning up`);
    void scope.close().finally(() => process.exit(130));
  };
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);

  let ok = false;
  try {
    ok = await run(options, scope);
  } catch (error) {
    say(`benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  } finally {
    closing = true;
    say('cleaning up');
    if (!(await scope.close())) ok = false;
  }
  say(ok ? 'done' : 'finished with errors');
  process.exit(ok ? 0 : 1);
}

void main();
