import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { adminQuery, applyMigrations, databaseUrl, queryDatabase } from '../../test/support/postgres';
import { freePort } from '../../test/support/ports';
import { startServiceProcess, type ServiceProcess as Service } from '../../test/support/worker-process';
import { createAll } from './create';
import { logTaskIds } from './log-count';
import { clusterRedis, singleRedis, type ChaosRedis } from './redis-fault';
import { chaosReport, type ChaosReport } from './report';

/**
 * `npm run chaos [-- --size small] [-- --cluster] [-- --shards 3]`: an API process and three
 * worker processes on the simulated provider (latency, 20% transient errors),
 * a Redis of its own (one redis-server with appendonly yes and appendfsync
 * everysec, or with --cluster a 3-master, 3-replica Redis Cluster), and its own
 * database. Creates postcards at once (10% sent twice with the same
 * Idempotency-Key); once half are accepted, while the rest are in flight and
 * the first are being made, Redis crashes (SIGKILL of the redis-server, or of
 * the master that owns the queues' slot) and comes back. A random worker is
 * SIGKILLed every few seconds, and a single Redis is also restarted gracefully
 * once. Then it waits for every postcard to finish and checks that none is
 * lost, stuck or duplicated, and reports how many the reconciler re-enqueued.
 */
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'full' },
    postcards: { type: 'string' },
    kills: { type: 'string' },
    'error-rate': { type: 'string', default: '0.2' },
    'drain-timeout': { type: 'string', default: '600' },
    cluster: { type: 'boolean', default: false },
    shards: { type: 'string', default: '1' },
    'keep-logs': { type: 'boolean', default: false },
  },
});
const small = values.size === 'small';
const POSTCARDS = Number(values.postcards ?? (small ? 60 : 300));
const KILLS = Number(values.kills ?? (small ? 2 : 5));
const WORKERS = 3;
/** The reconciler's warning for a postcard it found with no job left in Redis (src/pipeline/reconciler.ts). */
const REQUEUED = 're-enqueued a postcard whose jobs were lost';
const log = (message: string) => process.stdout.write(`[chaos ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

async function main(): Promise<number> {
  const database = `chaos_${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE "${database}"`);
  let redis: ChaosRedis | undefined;
  const services: Service[] = [];
  const requeued = logTaskIds(REQUEUED);
  const spawnService = async (name: string, entry: 'src/bin/api.ts' | 'src/bin/worker.ts', env: Record<string, string>, ready: string) => {
    const service = await startServiceProcess(name, entry, env, ready);
    requeued.watch(service);
    services.push(service);
    return service;
  };
  try {
    const shards = Number(values.shards);
    redis = values.cluster === true ? await clusterRedis(shards) : await singleRedis(shards);
    const faulty = redis;
    await applyMigrations(databaseUrl(database));
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const env: Record<string, string> = {
      NODE_ENV: 'production',
      // Production logging and limits, but no API keys: the harness is the only client, on loopback.
      AUTH_MODE: 'open',
      DATABASE_URL: databaseUrl(database),
      DATABASE_POOL_SIZE: '10',
      ...faulty.env,
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
      // Not the default: the workers' CPU thread (the page gate, the providers' work) is killed with them here too.
      WORKER_THREADS: '1',
      JOB_LOCK_DURATION_MS: '4000',
      STALLED_INTERVAL_MS: '2000',
      // A replacement worker starts with free slots and takes the stalled jobs
      // first, and the victim is drawn at random, so one job can lose its
      // worker on every kill. Nothing may be lost to that here; failing a job
      // that keeps killing workers is tested on its own (recovery.int.test.ts).
      // The Redis crash may stall every active job once more: its lock can
      // lapse while Redis is away, or come back without the job's last move.
      MAX_STALLED_COUNT: String(KILLS + 2),
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
    await spawnService('api', 'src/bin/api.ts', env, 'API listening');
    const workers: Service[] = [];
    for (let i = 0; i < WORKERS; i += 1) workers.push(await spawnService(`worker-${i}`, 'src/bin/worker.ts', env, 'workers started'));
    log(`started: api on ${port}, ${WORKERS} workers, ${faulty.description}, database ${database}`);

    const started = Date.now();
    const faults: string[] = [];
    const fault = (what: string) => {
      log(what);
      faults.push(what);
    };
    // The crash lands mid-burst: creates still in flight meet a dead Redis
    // (answered 503, sent again), and the first postcards are already moving
    // through the steps, so both the API's and the workers' writes are cut.
    let crashing: Promise<void> | undefined;
    const creating = createAll(baseUrl, POSTCARDS, (accepted) => {
      if (crashing !== undefined || accepted < POSTCARDS / 2) return;
      crashing = faulty.crash().then(fault);
      // Awaited below; handled here too, so a failed crash ends the run through main's cleanup, not as an unhandled rejection.
      crashing.catch(() => undefined);
    });
    for (let k = 0; k < KILLS; k += 1) {
      await sleep(small ? 1500 : 3000);
      // A replacement worker must find a Redis to boot against.
      await crashing;
      const victim = Math.floor(Math.random() * workers.length);
      const old = workers[victim];
      if (old !== undefined) {
        await old.stop('SIGKILL');
        log(`SIGKILLed ${old.name}`);
        workers[victim] = await spawnService(`${old.name}'`, 'src/bin/worker.ts', env, 'workers started');
      }
      if (k === Math.floor(KILLS / 2) && faulty.restart !== undefined) fault(await faulty.restart());
    }
    const created = await creating;
    await crashing;
    log(`accepted ${created.taskIds.size} postcards (${created.duplicatesSent} duplicate sends, ${created.retries} create retries)`);
    if (created.lastError !== undefined) log(`some creates were retried; last error: ${created.lastError}`);

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
      acceptedIds: created.taskIds,
      drainMs: Date.now() - started,
      kills: KILLS,
      redis: faulty.description,
      redisFaults: faults,
      requeued: requeued.taskIds().size,
      createRefusals: created.refusals,
    });
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    const clean = report.lost === 0 && report.stuck === 0 && report.failed === 0 && report.duplicate_postcards === 0 && report.duplicate_step_results === 0;
    // One task_id per request: two for one Idempotency-Key would mean a client was handed a postcard that is not the one made.
    const ok = clean && faults.length > 0 && report.accepted === POSTCARDS;
    log(ok ? 'PASS: nothing lost, stuck or duplicated' : 'FAIL: see the report above');
    if (!ok || values['keep-logs'] === true) log(`service logs: ${await saveLogs(database, services)}`);
    return ok ? 0 : 1;
  } finally {
    await Promise.all(services.map((s) => s.stop('SIGKILL')));
    await redis?.destroy();
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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`chaos run crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  },
);
