import { STEP_NAMES } from '../../src/pipeline/catalog';
import { startDataServices, type DataServices } from '../support/netns-data';
import { createNetnsLab, netnsUnavailable, type HostProcess, type NetnsHost, type NetnsLab } from '../support/netns-hosts';
import { waitUntilFinished } from '../support/postcard-api';
import { postJson } from '../support/test-system';
import { waitFor } from '../support/wait';

/**
 * "Many worker hosts": the API and two worker machines, each a network
 * namespace of its own with one address on a bridge, and Redis and PostgreSQL
 * on a fourth ("data") that they reach by address only, as `npm run worker`
 * does on another machine. Both worker hosts take work; then one of them loses
 * power (link down, every process SIGKILLed) in the middle of the run, and the
 * other must finish every postcard, each step stored once.
 */

const unavailable = netnsUnavailable();
if (unavailable !== null) process.stdout.write(`multi-host suite skipped: ${unavailable}\n`);
// CI runs as root with iproute2, so there a missing capability is a failure, not a skip.
const describeNetns = unavailable === null || process.env.CI === 'true' ? describe : describe.skip;

const POSTCARDS = 40;
const WORKERS_PER_HOST = 2;
const API_PORT = 8001;

/** How many steps one worker process finished, from its own log ("step succeeded" is logged once per stored result). */
function stepsDone(processes: readonly HostProcess[]): number {
  return processes.reduce((sum, p) => sum + p.output().split('\n').filter((line) => line.includes('step succeeded')).length, 0);
}

function logsInclude(processes: readonly HostProcess[], text: string): boolean {
  return processes.some((p) => p.output().includes(text));
}

/** On a failure, the tail of every worker's log: what each host was doing is the first thing to ask. */
function explained<T>(work: Promise<T>, processes: readonly HostProcess[]): Promise<T> {
  return work.catch((error: unknown) => {
    const tails = processes.map((p) => `--- ${p.name} (pid ${p.pid})\n${p.output().slice(-3000)}`).join('\n');
    throw new Error(`${String(error)}\n${tails}`, { cause: error });
  });
}

describeNetns('workers on many hosts', () => {
  let lab: NetnsLab;
  let data: DataServices;
  let baseUrl: string;
  const workers = new Map<string, HostProcess[]>();
  let hostA: NetnsHost;

  beforeAll(async () => {
    lab = await createNetnsLab();
    const dataHost = await lab.addHost('data');
    const apiHost = await lab.addHost('api');
    hostA = await lab.addHost('wa');
    const hostB = await lab.addHost('wb');
    data = await startDataServices(dataHost, lab);
    baseUrl = `http://${apiHost.address}:${API_PORT}`;
    const env: Record<string, string> = {
      // Nothing but addresses on the bridge: each host's 127.0.0.1 is its own, with nothing behind it.
      DATABASE_URL: data.databaseUrl,
      DATABASE_POOL_SIZE: '5',
      REDIS_URL: data.redisUrl,
      QUEUE_PREFIX: 'multi-host',
      // Listening on a non-loopback address in open mode must be said out loud (auth-settings.ts).
      AUTH_MODE: 'open',
      HOST: apiHost.address,
      PORT: String(API_PORT),
      PUBLIC_BASE_URL: baseUrl,
      METRICS_PORT: '0',
      LOG_LEVEL: 'info',
      TEXT_PROVIDER: 'simulated',
      IMAGE_PROVIDER: 'simulated',
      CODE_PROVIDER: 'simulated',
      // Slow enough that the run is still going when a host dies, fast enough for the suite's minute.
      SIMULATED_LATENCY_MS: 'concept=300,content=300,image=700,code=900',
      SIMULATED_ERROR_RATE: '0',
      CACHE_TTL_SECONDS: '0',
      AI_WORKFLOW_BACKOFF_MS: '100',
      WORKER_CONCURRENCY: '3',
      // A dead host's locks expire in seconds, not the default 30, and the survivors look for stalled jobs often.
      JOB_LOCK_DURATION_MS: '4000',
      STALLED_INTERVAL_MS: '2000',
      RECONCILE_INTERVAL_SECONDS: '5',
      STUCK_AFTER_SECONDS: '20',
      // The test is the only client and sends every postcard at once.
      RATE_LIMIT_CREATE_PER_MINUTE: '0',
      DAILY_POSTCARD_QUOTA: '0',
      MAX_ACTIVE_POSTCARDS_PER_USER: '0',
      DAILY_BUDGET_USD: '0',
    };
    const starting = [hostA, hostB].map(async (host) => {
      const started = await Promise.all(
        // HOST is where a worker serves its metrics: its own machine's address.
        Array.from({ length: WORKERS_PER_HOST }, (_, i) => host.startEntryPoint(`worker-${i}`, 'src/bin/worker.ts', { ...env, HOST: host.address }, 'workers started')),
      );
      workers.set(host.role, started);
    });
    await Promise.all([apiHost.startEntryPoint('api', 'src/bin/api.ts', env, 'API listening'), ...starting]);
  }, 120_000);

  afterAll(async () => {
    try {
      await data?.destroy();
    } finally {
      await lab?.destroy();
    }
  }, 60_000);

  it('finishes every postcard when one worker host loses power mid-run, each step stored once', async () => {
    const onA = () => workers.get('wa') ?? [];
    const onB = () => workers.get('wb') ?? [];
    const created = await Promise.all(
      Array.from({ length: POSTCARDS }, async (_, i) => {
        const res = await postJson(baseUrl, '/api/v1/postcards', { prompt: `Happy birthday, friend number ${i + 1}! Many happy returns` });
        expect(res.status).toBe(202);
        return String(res.body.task_id);
      }),
    );

    // Both hosts have stored results, and a good part of the run is still ahead.
    const every = () => [...onA(), ...onB()];
    await explained(
      waitFor(async () => [stepsDone(onA()), stepsDone(onB())], ([a = 0, b = 0]) => a >= 3 && b >= 3 && a + b >= POSTCARDS / 2, {
        what: 'both worker hosts to finish steps',
        timeoutMs: 40_000,
        intervalMs: 100,
      }),
      every(),
    );
    const doneByBBeforeCrash = stepsDone(onB());
    const killed = await hostA.crash();
    const [unfinished] = await data.query<{ n: number }>(`SELECT count(*)::int AS n FROM postcards WHERE status NOT IN ('COMPLETED', 'FAILED', 'CANCELLED')`);

    // Work really ran on both hosts before one died (its log ends at the crash).
    expect(stepsDone(onA())).toBeGreaterThanOrEqual(3);
    expect(doneByBBeforeCrash).toBeGreaterThanOrEqual(3);
    expect(killed).toEqual(expect.arrayContaining(onA().map((p) => p.pid)));
    expect(await hostA.pids()).toEqual([]);
    expect(unfinished?.n).toBeGreaterThan(0);

    const finished = await explained(Promise.all(created.map((id) => waitUntilFinished(baseUrl, id, { timeoutMs: 50_000 }))), every());
    expect(finished.map((s) => s.status)).toEqual(created.map(() => 'COMPLETED'));

    // Exactly one stored success per postcard, run and step: nothing the dead host had started was stored twice.
    const succeeded = await data.query<{ task_id: string; step: string; n: number }>(
      `SELECT task_id::text, step::text, count(*)::int AS n FROM step_runs WHERE status = 'SUCCEEDED' GROUP BY task_id, run, step`,
    );
    expect(new Map(succeeded.map((r) => [`${r.task_id}:${r.step}`, r.n]))).toEqual(new Map(created.flatMap((id) => STEP_NAMES.map((step) => [`${id}:${step}`, 1] as const))));

    // The survivor did the rest, including the jobs the dead host held: it found them stalled once their locks expired.
    expect(stepsDone(onB())).toBeGreaterThan(doneByBBeforeCrash);
    expect(logsInclude(onB(), 'job stalled')).toBe(true);
  }, 120_000);
});
