import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { startPrivateRedisCluster } from '../../test/support/private-redis-cluster.js';
import { createBenchDatabase } from './support/bench-database.js';
import { createBenchLogger } from './support/bench-logger.js';
import { CREATE_BODY, runLoad } from './support/load.js';
import { cannedProviders, startOurSystem } from './support/our-system.js';
import { waitForPostcards } from './support/postcard-queries.js';
import { redisDelta, redisSnapshot } from './support/redis-stats.js';
import { Scope } from './support/scope.js';

/**
 * How QUEUE_SHARDS spreads a deployment's Redis work over a cluster's
 * masters: `--n` postcards through our API and in-process workers (canned
 * providers, so the bench process spends its CPU on the machinery) on a
 * private cluster of 3 masters, once per shard count, counting each master's
 * commands and CPU (INFO) over the run. A master is one core; the busiest
 * one's CPU per postcard is what bounds a deployment's postcards per second.
 *
 *   npx tsx scripts/bench/cluster-spread.ts [--n 600] [--shards 1,3,6] [--detail]
 */
const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '600' },
    shards: { type: 'string', default: '1,3,6' },
    'pg-url': { type: 'string', default: 'postgresql://postgres@127.0.0.1:5432/postgres' },
    /** Each master's most frequent commands, per postcard. */
    detail: { type: 'boolean', default: false },
  },
});
const N = Number(values.n);
const SHARD_COUNTS = values.shards.split(',').map(Number);

async function main(): Promise<void> {
  const scope = new Scope((message) => console.error(message));
  try {
    const cluster = await startPrivateRedisCluster({ replicas: 0 });
    scope.defer('cluster', () => cluster.destroy());
    const db = await createBenchDatabase(scope, values['pg-url']);
    const logger = createBenchLogger(scope, '/tmp/cluster-spread.log', 'warn', []);
    const masters = cluster.nodes.map((node) => node.port);
    const admins = masters.map((port) => new Redis({ port, host: '127.0.0.1' }));
    scope.defer('admin connections', () => admins.forEach((a) => a.disconnect()));
    const providers = await cannedProviders();
    console.log('| shards | postcards/s | Redis commands a postcard, per master | busiest master: share of commands | busiest master: CPU ms a postcard | all masters: CPU ms a postcard |');
    console.log('| ---: | ---: | --- | ---: | ---: | ---: |');
    for (const shards of SHARD_COUNTS) {
      const run = scope.child();
      await db.truncate();
      const system = await startOurSystem(run, {
        redisUrl: `redis://127.0.0.1:${masters[0] ?? 0}`,
        databaseUrl: db.url,
        prefix: `{spread-${shards}}`,
        concurrency: 50,
        poolSize: 20,
        logger,
        workers: true,
        providers,
        env: { REDIS_CLUSTER_NODES: masters.map((port) => `127.0.0.1:${port}`).join(','), QUEUE_SHARDS: String(shards) },
      });
      const url = `${system.baseUrl}/api/v1/postcards/create`;
      // Warm-up: connections, scripts loaded on every master, JIT.
      await runLoad(run, { mode: 'closed', url, body: CREATE_BODY, connections: 20, amount: 60 });
      await waitForPostcards(db, 60, 60_000);
      await db.truncate();
      const before = await Promise.all(admins.map(redisSnapshot));
      const started = Date.now();
      const load = await runLoad(run, { mode: 'closed', url, body: CREATE_BODY, connections: 50, amount: N });
      const done = await waitForPostcards(db, load.ok, 300_000);
      const seconds = (Date.now() - started) / 1000;
      const deltas = (await Promise.all(admins.map(redisSnapshot))).map((after, i) => redisDelta(before[i] ?? after, after));
      await run.close();
      const commands = deltas.map((d) => d.commands / done.completed);
      const total = commands.reduce((a, b) => a + b, 0);
      const busiest = deltas.reduce((a, b) => (b.cpuMs > a.cpuMs ? b : a));
      const cpuAll = deltas.reduce((sum, d) => sum + d.cpuMs, 0) / done.completed;
      console.log(
        `| ${shards} | ${(done.completed / seconds).toFixed(1)} | ${commands.map((c) => c.toFixed(0)).join(' / ')} | ${((100 * Math.max(...commands)) / total).toFixed(0)}% | ${(busiest.cpuMs / done.completed).toFixed(2)} | ${cpuAll.toFixed(2)} |`,
      );
      if (done.failed > 0) console.log(`  ${done.failed} postcards failed`);
      if (values.detail === true) {
        for (const [i, d] of deltas.entries()) {
          const top = Object.entries(d.byCommand).sort((a, b) => b[1] - a[1]).slice(0, 12);
          const perPostcard = (n: number) => (n / done.completed).toFixed(1);
          console.log(`  master ${i + 1}: socket reads ${perPostcard(d.reads)}, writes ${perPostcard(d.writes)} a postcard; ${top.map(([name, calls]) => `${name} ${perPostcard(calls)}`).join(', ')}`);
        }
      }
    }
  } finally {
    await scope.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
