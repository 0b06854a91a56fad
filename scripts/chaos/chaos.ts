import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { CreatedResponseSchema } from '../../src/postcards/postcard-responses';
import { adminQuery, applyMigrations, databaseUrl, queryDatabase } from '../../test/support/postgres';
import { startPrivateRedis } from '../../test/support/private-redis';
import { freePort } from '../../test/support/ports';
import { startServiceProcess as spawnService, type ServiceProcess as Service } from '../../test/support/worker-process';
import { chaosReport, type ChaosReport } from './report';

/**
 * `npm run chaos [-- --size small]`: an API process and three worker
 * processes on the simulated provider (latency, 20% transient errors), its
 * own Redis with appendonly on a private port, and its own database. Creates
 * postcards at once (10% sent twice with the same Idempotency-Key), SIGKILLs a
 * random worker every few seconds, restarts Redis once, then waits for every
 * postcard to finish and checks that none is lost, stuck or duplicated.
 */
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'full' },
    postcards: { type: 'string' },
    kills: { type: 'string' },
    'error-rate': { type: 'string', default: '0.2' },
    'drain-timeout': { type: 'string', default: '600' },
  },
});
const small = values.size === 'small';
const POSTCARDS = Number(values.postcards ?? (small ? 60 : 300));
const KILLS = Number(values.kills ?? (small ? 2 : 5));
const WORKERS = 3;
const log = (message: string) => process.stdout.write(`[chaos ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

async function main(): Promise<number> {
  const database = `chaos_${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE "${database}"`);
  const redis = await startPrivateRedis({ appendOnly: true });
  const services: Service[] = [];
  try {
    await applyMigrations(databaseUrl(database));
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const env: Record<string, string> = {
      NODE_ENV: 'production',
      // Production logging and limits, but no API keys: the harness is the only client, on loopback.
      AUTH_MODE: 'open',
      DATABASE_URL: databaseUrl(database),
      DATABASE_POOL_SIZE: '10',
      REDIS_URL: redis.url,
      PUBLIC_BASE_URL: baseUrl,
      PORT: String(port),
      METRICS_PORT: '0',
      TEXT_PROVIDER: 'simulated',
      IMAGE_PROVIDER: 'simulated',
      CODE_PROVIDER: 'simulated',
      SIMULATED_LATENCY_MS: small ? 'concept=100,content=100,image=300,code=500' : 'concept=200,content=200,image=800,code=1500',
      SIMULATED_ERROR_RATE: values['error-rate'] ?? '0.2',
      // Enough attempts that 20% transient errors essentially never exhaust them (0.2^8 per step).
      AI_WORKFLOW_RETRY_COUNT: '8',
      AI_WORKFLOW_BACKOFF_MS: '200',
      AI_WORKFLOW_TIMEOUT: '900',
      WORKER_CONCURRENCY: '20',
      JOB_LOCK_DURATION_MS: '4000',
      STALLED_INTERVAL_MS: '2000',
      // A replacement worker starts with free slots and takes the stalled jobs
      // first, and the victim is drawn at random, so one job can lose its
      // worker on every kill. Nothing may be lost to that here; failing a job
      // that keeps killing workers is tested on its own (recovery.int.test.ts).
      MAX_STALLED_COUNT: String(KILLS + 1),
      RECONCILE_INTERVAL_SECONDS: '5',
      STUCK_AFTER_SECONDS: '20',
      CACHE_TTL_SECONDS: '0',
      // The chaos suite sends every postcard at once on purpose: production's limits would refuse most.
      RATE_LIMIT_CREATE_PER_MINUTE: '0',
      RATE_LIMIT_RETRY_PER_MINUTE: '0',
      RATE_LIMIT_CANCEL_PER_MINUTE: '0',
      DAILY_POSTCARD_QUOTA: '0',
      MAX_ACTIVE_POSTCARDS_PER_USER: '0',
      DAILY_BUDGET_USD: '0',
    };
    services.push(await spawnService('api', 'src/bin/api.ts', env, 'API listening'));
    const workers: Service[] = [];
    for (let i = 0; i < WORKERS; i += 1) workers.push(await spawnService(`worker-${i}`, 'src/bin/worker.ts', env, 'workers started'));
    services.push(...workers);
    log(`started: api on ${port}, ${WORKERS} workers, redis on ${redis.port} (appendonly), database ${database}`);

    const started = Date.now();
    const creating = createAll(baseUrl);
    // Faults, while the postcards are being made.
    for (let k = 0; k < KILLS; k += 1) {
      await sleep(small ? 1500 : 3000);
      const victim = Math.floor(Math.random() * workers.length);
      const old = workers[victim];
      if (old !== undefined) {
        await old.stop('SIGKILL');
        log(`SIGKILLed ${old.name}`);
        const replacement = await spawnService(`${old.name}'`, 'src/bin/worker.ts', env, 'workers started');
        workers[victim] = replacement;
        services.push(replacement);
      }
      if (k === Math.floor(KILLS / 2)) {
        await redis.stop('SIGTERM');
        await redis.start();
        log('restarted Redis');
      }
    }
    const created = await creating;
    log(`accepted ${created.taskIds.size} postcards (${created.duplicatesSent} duplicate sends, ${created.retries} create retries)`);

    const deadline = Date.now() + Number(values['drain-timeout']) * 1000;
    let pending = created.taskIds.size;
    while (pending > 0 && Date.now() < deadline) {
      await sleep(1000);
      const rows = await queryDatabase<{ n: string }>(databaseUrl(database), `SELECT count(*) AS n FROM postcards WHERE status IN ('PENDING','PROCESSING')`);
      pending = Number(rows[0]?.n ?? 0);
    }
    const report: ChaosReport = await chaosReport(databaseUrl(database), {
      requested: POSTCARDS,
      accepted: created.taskIds.size,
      drainMs: Date.now() - started,
      kills: KILLS,
    });
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    const ok = report.stuck === 0 && report.duplicate_postcards === 0 && report.duplicate_step_results === 0 && report.failed === 0 && report.accepted === POSTCARDS;
    log(ok ? 'PASS: nothing lost, stuck or duplicated' : 'FAIL: see the report above');
    if (!ok) log(`service logs: ${await saveLogs(database, services)}`);
    return ok ? 0 : 1;
  } finally {
    await Promise.all(services.map((s) => s.stop('SIGKILL')));
    await redis.destroy();
    await adminQuery(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  }
}

/** Writes each service's output (its last 200 KB) to a directory of its own, so a failed run can be explained. */
async function saveLogs(database: string, services: readonly Service[]): Promise<string> {
  const dir = join(tmpdir(), database);
  await mkdir(dir, { recursive: true });
  await Promise.all(services.map((s) => writeFile(join(dir, `${s.name.replace(/'/g, '-restarted')}.log`), s.output())));
  return dir;
}

/** Creates every postcard once, 10% a second time with the same key; a 503 is retried with the same key, as a client would. */
async function createAll(baseUrl: string): Promise<{ taskIds: Set<string>; duplicatesSent: number; retries: number }> {
  const taskIds = new Set<string>();
  let retries = 0;
  let duplicatesSent = 0;
  let lastError: string | undefined;
  const send = async (i: number): Promise<void> => {
    for (;;) {
      try {
        const res = await fetch(`${baseUrl}/api/v1/postcards`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': `chaos-${i}` },
          body: JSON.stringify({ prompt: `Chaos postcard number ${i}: happy birthday, friend ${i}!` }),
        });
        const created = CreatedResponseSchema.safeParse(await res.json());
        if (res.status === 202 && created.success) {
          taskIds.add(created.data.task_id);
          return;
        }
      } catch (error) {
        // The API may be briefly unreachable; the loop is the client's retry, and the count is reported.
        lastError = error instanceof Error ? error.message : String(error);
      }
      retries += 1;
      await sleep(250);
    }
  };
  const jobs: Array<Promise<void>> = [];
  for (let i = 0; i < POSTCARDS; i += 1) {
    jobs.push(send(i));
    if (i % 10 === 0) {
      duplicatesSent += 1;
      jobs.push(send(i));
    }
  }
  await Promise.all(jobs);
  if (lastError !== undefined) log(`some creates were retried; last network error: ${lastError}`);
  return { taskIds, duplicatesSent, retries };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`chaos run crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  },
);
