import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { LoadSpecSchema, type LoadResult, type LoadSpec } from './load.js';
import { summarize } from './stats.js';

/** Child-process entry: runs one load (see load.ts) and prints its result as JSON on stdout. */
type Closed = Extract<LoadSpec, { mode: 'closed' }>;
type Open = Extract<LoadSpec, { mode: 'open' }>;

async function closedLoop(spec: Closed): Promise<LoadResult> {
  const result = await autocannon({
    url: spec.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: spec.body,
    idReplacement: true,
    connections: spec.connections,
    ...(spec.amount === undefined ? {} : { amount: spec.amount }),
    ...(spec.durationSeconds === undefined ? {} : { duration: spec.durationSeconds }),
  });
  const ok = result['2xx'];
  return {
    latency: { mean: result.latency.average, p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    rate: ok / result.duration,
    sent: result.requests.sent,
    ok,
    failed: result.errors + result.timeouts + result.non2xx,
    durationSeconds: result.duration,
  };
}

async function openLoop(spec: Open): Promise<LoadResult> {
  // Enough sockets that requests never wait for one client-side unless the server has fallen far behind.
  const agent = new Agent({ keepAlive: true, maxSockets: 512 });
  const total = Math.max(1, Math.round(spec.rate * spec.durationSeconds));
  const intervalMs = 1000 / spec.rate;
  const latencies: number[] = [];
  const samples: Array<{ dueMs: number; latencyMs: number }> = [];
  let ok = 0;
  let failed = 0;
  let firstError: string | undefined;
  let lastDone = 0;
  const send = (scheduledAt: number) =>
    new Promise<void>((resolve) => {
      const finish = (failure: string | null) => {
        const now = performance.now();
        lastDone = Math.max(lastDone, now);
        if (failure === null) {
          ok += 1;
          latencies.push(now - scheduledAt);
          samples.push({ dueMs: scheduledAt - started, latencyMs: now - scheduledAt });
        } else {
          failed += 1;
          firstError ??= failure;
        }
        resolve();
      };
      const req = request(spec.url, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
        res.resume();
        const status = res.statusCode ?? 0;
        res.on('end', () => finish(status >= 200 && status < 300 ? null : `HTTP ${status}`));
        res.on('error', (error) => finish(error.message));
      });
      req.on('error', (error) => finish(error.message));
      req.end(spec.body.replaceAll('[<id>]', randomUUID()));
    });

  const started = performance.now();
  const pending: Promise<void>[] = [];
  while (pending.length < total) {
    const now = performance.now();
    while (pending.length < total && started + pending.length * intervalMs <= now) pending.push(send(started + pending.length * intervalMs));
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await Promise.all(pending);
  agent.destroy();
  const summary = summarize(latencies);
  const durationSeconds = (lastDone - started) / 1000;
  return {
    latency: { mean: summary.mean, p50: summary.p50, p90: summary.p90, p99: summary.p99, max: summary.max },
    rate: ok / durationSeconds,
    sent: total,
    ok,
    failed,
    durationSeconds,
    ...(firstError === undefined ? {} : { firstError }),
    slowest: samples.sort((a, b) => b.latencyMs - a.latencyMs).slice(0, 20).map((s) => ({ dueMs: Math.round(s.dueMs), latencyMs: Math.round(s.latencyMs * 10) / 10 })),
  };
}

async function main(): Promise<void> {
  const spec = LoadSpecSchema.parse(JSON.parse(process.argv[2] ?? '{}'));
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const result = spec.mode === 'closed' ? await closedLoop(spec) : await openLoop(spec);
  lag.disable();
  process.stdout.write(`${JSON.stringify({ ...result, generatorLagMaxMs: Math.round(lag.max / 1e5) / 10 })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
