import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { claimShardLayout, ShardLayoutConflict, type ShardLayoutClaim } from '../../src/pipeline/shard-layout';
import { createRedis } from '../../src/platform/redis';
import { createMemoryLogger } from '../support/memory-logger';
import { startPrivateRedis } from '../support/private-redis';
import { createProcessSystem, type ProcessSystem } from '../support/process-system';
import { waitFor } from '../support/wait';
import { runServiceProcessToExit, startWorkerProcess, type ServiceProcess } from '../support/worker-process';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Every process on one Redis and QUEUE_PREFIX must run with the same QUEUE_SHARDS; one that differs is refused at boot. */
describe('QUEUE_SHARDS agreement between processes', () => {
  const redis = new Redis(REDIS_URL);
  const { logger } = createMemoryLogger();
  const claims: ShardLayoutClaim[] = [];
  let prefix: string;

  beforeEach(() => {
    prefix = `test-${randomUUID()}`;
  });
  afterEach(async () => {
    for (const claim of claims.splice(0)) await claim.release();
    await redis.del(`${prefix}:processes`);
  });
  afterAll(() => redis.quit());

  const noLateConflict = (conflict: ShardLayoutConflict) => {
    throw conflict;
  };
  const claim = async (shards: number, role = 'worker', ttlMs?: number) => {
    const made = await claimShardLayout(redis, { prefix, shards, role, onLateConflict: noLateConflict, ...(ttlMs === undefined ? {} : { ttlMs }) }, logger);
    claims.push(made);
    return made;
  };

  it('admits processes with the same count and refuses one with another, naming the live ones', async () => {
    await claim(1, 'api');
    await claim(1, 'worker');
    const refused = await claim(3).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(ShardLayoutConflict);
    const conflict = refused as ShardLayoutConflict;
    expect(conflict.others.map((o) => [o.role, o.shards, o.pid]).sort()).toEqual([
      ['api', 1, process.pid],
      ['worker', 1, process.pid],
    ]);
    expect(conflict.message).toContain('QUEUE_SHARDS=3 differs');
    expect(conflict.message).toContain(`api pid ${process.pid}`);
    // The refused process left nothing behind.
    expect(await redis.zcard(`${prefix}:processes`)).toBe(2);
  });

  it('admits a new count once the others have released their entries', async () => {
    const first = await claim(1);
    await first.release();
    await claim(3);
    expect(await redis.zcard(`${prefix}:processes`)).toBe(1);
  });

  it('keeps a running process registered past its time to live, and forgets one that stopped refreshing', async () => {
    await claim(2, 'worker', 300);
    await new Promise((resolve) => setTimeout(resolve, 900));
    await expect(claim(4)).rejects.toBeInstanceOf(ShardLayoutConflict);

    // A process that was SIGKILLed: its entry's time is up, and nobody refreshes it.
    await redis.zadd(`${prefix}:processes`, Date.now() - 1, '5|gone-host|4242|worker|x');
    await expect(claim(2)).resolves.toBeDefined();
  });

  it('starts (with a warning) when Redis does not answer in time, and stops at its first answered check if another count is live', async () => {
    const server = await startPrivateRedis();
    const url = server.url;
    await server.stop();
    const away = createRedis({ url, clusterNodes: null, natMap: null }, 'request', 'shard-layout-test');
    away.on('error', () => undefined);
    const memory = createMemoryLogger();
    const late: ShardLayoutConflict[] = [];
    try {
      const started = Date.now();
      const made = await claimShardLayout(away, { prefix, shards: 2, role: 'api', ttlMs: 300, bootRetryMs: 600, onLateConflict: (c) => late.push(c) }, memory.logger);
      claims.push(made);
      expect(Date.now() - started).toBeGreaterThanOrEqual(500);
      expect((await memory.lines()).join('\n')).toContain('could not check QUEUE_SHARDS');

      // Redis is back, and a process with another count registered meanwhile.
      await server.start();
      const direct = new Redis(url);
      await direct.zadd(`${prefix}:processes`, Date.now() + 60_000, `1|other-host|4242|worker|x`);
      await waitFor(async () => late.length, (n) => n > 0, { timeoutMs: 10_000, what: 'the late conflict' });
      expect(late[0]?.message).toContain('QUEUE_SHARDS=2 differs');
      expect(await direct.zrange(`${prefix}:processes`, '0', '-1')).toEqual([`1|other-host|4242|worker|x`]);
      direct.disconnect();
    } finally {
      away.disconnect();
      await server.destroy();
    }
  }, 30_000);
});

/** The entry points: a worker whose count differs from the running API's stops before taking a job (exit 78). */
describe('QUEUE_SHARDS agreement at boot', () => {
  let system: ProcessSystem;
  let api: ServiceProcess | undefined;
  let worker: ServiceProcess | undefined;

  beforeAll(async () => {
    system = await createProcessSystem();
  });
  afterAll(async () => {
    await worker?.stop('SIGKILL');
    await api?.stop('SIGKILL');
    await system.close();
  });

  it('refuses a worker with another QUEUE_SHARDS while the API runs, and admits it once the API has shut down', async () => {
    api = await system.startApi();
    const { code, output } = await runServiceProcessToExit('src/bin/worker.ts', { ...system.env, QUEUE_SHARDS: '3', METRICS_PORT: '0' });
    expect(code).toBe(78);
    expect(output).toContain('QUEUE_SHARDS=3 differs from processes running on this Redis');
    expect(output).toContain(`api pid ${api.child.pid ?? -1}`);
    expect(output).not.toContain('workers started');
    expect(output).not.toContain('unhandled rejection');

    // A graceful stop takes the API's entry away at once.
    expect(await api.stop()).toBe(0);
    api = undefined;
    expect(await system.redis.zcard(`${system.prefix}:processes`)).toBe(0);
    worker = await startWorkerProcess({ ...system.env, QUEUE_SHARDS: '3' });
    const members = await system.redis.zrange(`${system.prefix}:processes`, '0', '-1');
    expect(members.map((m) => m.split('|')[0])).toEqual(['3']);
  }, 60_000);
});
