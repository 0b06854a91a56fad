import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { Worker } from 'bullmq';
import { PIPELINE, type StepJobData } from '../../src/pipeline/catalog';
import { createFlowProducer } from '../../src/pipeline/queues';
import { createErrorMiddleware } from '../../src/http/error-middleware';
import { createStatsRouter } from '../../src/stats/stats-routes';
import { LONG_ERROR, NOW, P, STARTED, at, seedStatsDatabase } from '../support/stats-fixtures';
import { getJson, startTestSystem, type TestSystem } from '../support/test-system';

interface StatsBody {
  window: { from: string; to: string; seconds: number };
  steps: Array<Record<string, unknown>>;
  postcards: Record<string, unknown>;
  queues: Record<string, Record<string, number>>;
  backlog: number;
  health: { score: number; status: string; reasons: string[]; document_score: number };
  recent_errors: Array<{ step: string; provider: string | null; model: string | null; kind: string | null; message: string | null; at: string }>;
  uptime_seconds: number;
}

interface ErrorBody {
  error: { code: string; details?: Array<{ field: string; message: string }> };
}

describe('GET /api/v1/stats', () => {
  let system: TestSystem;
  let server: Server;
  let baseUrl: string;
  let now = NOW;
  let worker: Worker | undefined;

  /** concept: 2 delayed; content: 2 waiting (one a flow child); image: 1 waiting for children; code: 1 active, 1 failed. */
  async function seedQueues(): Promise<void> {
    const data: StepJobData = { taskId: P.running, run: 1 };
    await system.queues.concept.add('concept', data, { delay: 3_600_000 });
    await system.queues.concept.add('concept', data, { delay: 3_600_000 });
    await system.queues.content.add('content', data);
    const producer = createFlowProducer(system.services.redis('blocking'), system.config.queuePrefix);
    await producer.add({ name: 'image', queueName: PIPELINE.image.queue, data, children: [{ name: 'content', queueName: PIPELINE.content.queue, data }] });
    await producer.close();

    // Processing by hand (no processor, no autorun) gives one active and one failed job without a stalled-job checker.
    await system.queues.code.add('code', data);
    await system.queues.code.add('code', data);
    worker = new Worker(PIPELINE.code.queue, null, { connection: system.services.redis('blocking'), prefix: system.config.queuePrefix, autorun: false });
    const first = await worker.getNextJob('token-1');
    await first.moveToFailed(new Error('scripted failure'), 'token-1', false);
    await worker.getNextJob('token-2');
  }

  beforeAll(async () => {
    system = await startTestSystem({ workers: false });
    const app = express();
    app.use('/api/v1/stats', createStatsRouter({ db: system.services.db, shards: [{ prefix: system.config.queuePrefix, queues: system.queues }], now: () => now, startedAt: STARTED }));
    app.use(createErrorMiddleware(system.services.logger));
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await seedStatsDatabase(system);
    await seedQueues();
  });

  afterAll(async () => {
    await worker?.close(true);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await system.close();
  });

  beforeEach(() => {
    now = NOW;
  });

  async function stats(query: string): Promise<StatsBody> {
    const res = await getJson(baseUrl, `/api/v1/stats${query}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    return res.body as unknown as StatsBody;
  }

  it('reports every number of a known hour exactly', async () => {
    const body = await stats('?window=1h');
    expect(body.window).toEqual({ from: '2030-01-01T11:00:00.000Z', to: '2030-01-01T12:00:00.000Z', seconds: 3600 });
    // avg/min/max cover finished attempts (failed ones too), the percentiles SUCCEEDED ones only.
    // Providers: most attempts first, then by name; a cache hit is provider 'cache' without a model.
    expect(body.steps).toEqual([
      {
        step: 'concept',
        // durations 1000, 1500, 2000, 3001: p50 = (1500+2000)/2; p95 = 2000 + 0.85 × 1001 = 2850.85
        attempts: 5, succeeded: 4, failed: 1, success_rate: 0.8, p50_ms: 1750, p95_ms: 2851,
        // finished 1000, 500, 3001, 2000, 1500: 8001 / 5; cost (0.0012 + 0.0003 + 0.0045 + 0 + 0.0015) / 5; quality (0.9 + 0.8 + 0.7) / 3
        avg_ms: 1600, min_ms: 500, max_ms: 3001, avg_cost_usd: 0.0015, avg_quality: 0.8,
        avg_attempts: 1.25, retried: 1,
        providers: [
          // p50 of 1000, 1500; p95 = 1000 + 0.95 × 500; avg of 1000, 500, 1500
          { provider: 'gemini', model: 'gemini-2.5-flash', attempts: 3, succeeded: 2, failed: 1, success_rate: 0.6667, p50_ms: 1250, p95_ms: 1475, avg_ms: 1000, min_ms: 500, max_ms: 1500, avg_cost_usd: 0.001, avg_quality: 0.8 },
          { provider: 'cache', model: null, attempts: 1, succeeded: 1, failed: 0, success_rate: 1, p50_ms: 2000, p95_ms: 2000, avg_ms: 2000, min_ms: 2000, max_ms: 2000, avg_cost_usd: 0, avg_quality: null },
          { provider: 'claude', model: 'claude-sonnet-4-5', attempts: 1, succeeded: 1, failed: 0, success_rate: 1, p50_ms: 3001, p95_ms: 3001, avg_ms: 3001, min_ms: 3001, max_ms: 3001, avg_cost_usd: 0.0045, avg_quality: 0.8 },
        ],
      },
      {
        step: 'content',
        // RUNNING counts as an attempt only; lateDone's attempt 2 is in, its attempt 1 is not, and still makes it a retry.
        // durations 2000, 3000, 4000: p95 = 3000 + 0.9 × 1000; groups' max attempts 1, 1, 3, 1, 2
        attempts: 7, succeeded: 3, failed: 3, success_rate: 0.5, p50_ms: 3000, p95_ms: 3900,
        // finished 2000, 4000, 100, 200, 300, 3000: 9600 / 6. The unknown price of qwen makes the step's average cost unknown.
        avg_ms: 1600, min_ms: 100, max_ms: 4000, avg_cost_usd: null, avg_quality: 0.8,
        avg_attempts: 1.6, retried: 2,
        providers: [
          // 4000, 300, 3000: 7300 / 3; p50 of 3000, 4000; cost (0.002 + 0.0001 + 0.003) / 3
          { provider: 'gemini', model: 'gemini-2.5-flash', attempts: 3, succeeded: 2, failed: 1, success_rate: 0.6667, p50_ms: 3500, p95_ms: 3950, avg_ms: 2433, min_ms: 300, max_ms: 4000, avg_cost_usd: 0.0017, avg_quality: 0.9 },
          // 2000, 100, 200: 2300 / 3; a price nobody knows is null, never 0
          { provider: 'local', model: 'qwen3-8b', attempts: 3, succeeded: 1, failed: 2, success_rate: 0.3333, p50_ms: 2000, p95_ms: 2000, avg_ms: 767, min_ms: 100, max_ms: 2000, avg_cost_usd: null, avg_quality: 0.6 },
          // the running attempt: no model yet, nothing finished, and its default cost of 0 is not averaged
          { provider: 'local', model: null, attempts: 1, succeeded: 0, failed: 0, success_rate: null, p50_ms: null, p95_ms: null, avg_ms: null, min_ms: null, max_ms: null, avg_cost_usd: null, avg_quality: null },
        ],
      },
      {
        step: 'image',
        // durations 10000, 11000, 12000 (the one at exactly `from` counts, the one at `to` does not)
        attempts: 3, succeeded: 3, failed: 0, success_rate: 1, p50_ms: 11000, p95_ms: 11900,
        // cost (0.039 + 0.039 + 0) / 3
        avg_ms: 11000, min_ms: 10000, max_ms: 12000, avg_cost_usd: 0.026, avg_quality: 0.95,
        avg_attempts: 1, retried: 0,
        providers: [
          { provider: 'gemini', model: 'gemini-2.5-flash-image', attempts: 2, succeeded: 2, failed: 0, success_rate: 1, p50_ms: 11000, p95_ms: 11900, avg_ms: 11000, min_ms: 10000, max_ms: 12000, avg_cost_usd: 0.039, avg_quality: 0.95 },
          { provider: 'cache', model: null, attempts: 1, succeeded: 1, failed: 0, success_rate: 1, p50_ms: 11000, p95_ms: 11000, avg_ms: 11000, min_ms: 11000, max_ms: 11000, avg_cost_usd: 0, avg_quality: null },
        ],
      },
      {
        step: 'code',
        // runs 1 and 2 of done2 are separate groups, neither retried
        attempts: 3, succeeded: 2, failed: 1, success_rate: 0.6667, p50_ms: 5500, p95_ms: 5950,
        // 5000, 700, 6000: 11700 / 3; cost (0.02 + 0.001 + 0.03) / 3
        avg_ms: 3900, min_ms: 700, max_ms: 6000, avg_cost_usd: 0.017, avg_quality: 0.9,
        avg_attempts: 1, retried: 0,
        providers: [
          { provider: 'claude', model: 'claude-sonnet-4-5', attempts: 3, succeeded: 2, failed: 1, success_rate: 0.6667, p50_ms: 5500, p95_ms: 5950, avg_ms: 3900, min_ms: 700, max_ms: 6000, avg_cost_usd: 0.017, avg_quality: 0.9 },
        ],
      },
    ]);
    expect(body.postcards).toEqual({
      created: 5,
      completed: 2,
      failed: 1,
      cancelled: 1,
      in_progress: 1,
      // done1, done2 and lateDone completed in the hour
      throughput_per_minute: 0.05,
      // 600 000, 900 000, 2 100 000: p95 = 900 000 + 0.9 × 1 200 000
      p50_ms: 900_000,
      p95_ms: 1_980_000,
    });
    expect(body.queues).toEqual({
      concept: { waiting: 0, active: 0, delayed: 2, failed: 0, waiting_children: 0 },
      content: { waiting: 2, active: 0, delayed: 0, failed: 0, waiting_children: 0 },
      image: { waiting: 0, active: 0, delayed: 0, failed: 0, waiting_children: 1 },
      code: { waiting: 0, active: 1, delayed: 0, failed: 1, waiting_children: 0 },
    });
    expect(body.backlog).toBe(5);
    // 100 − (postcards 40 + backlog 24 + content 20 + code 20 + concept 8), clamped at 0.
    // Backlog: 12 succeeded attempts in 60 min = 0.2 jobs/min, so 5 jobs take 25 min: 30 × (25 − 5) / 25.
    expect(body.health).toEqual({
      score: 0,
      status: 'unhealthy',
      reasons: [
        'postcards: 33.3% of finished postcards failed (-40.0)',
        'backlog: 5 jobs queued, about 25.0 min of work at 0.20 jobs/min (-24.0)',
        'content: 50.0% of finished attempts succeeded (-20.0)',
        'code: 66.7% of finished attempts succeeded (-20.0)',
        'concept: 80.0% of finished attempts succeeded (-8.0)',
      ],
      // Every step is faster than its ideal, so no response time deduction. The document's single
      // 5 s → 35 s scale still marks image down: concept 0.6 × 0.8 + 0.4, content 0.6 × 0.5 + 0.4,
      // image 0.6 + 0.4 × (1 − 6/30), code 0.6 × 2/3 + 0.4: (0.88 + 0.7 + 0.92 + 0.8) / 4
      document_score: 0.825,
    });
    // Failed attempts started in the window, newest finish first. lateDone's content attempt 1
    // finished inside the window but started before it, so it is not one of the window's failures.
    expect(body.recent_errors).toEqual([
      { step: 'content', provider: 'gemini', model: 'gemini-2.5-flash', kind: 'rate_limit', message: 'gemini 429: slow down', at: at('11:43:00.300') },
      { step: 'content', provider: 'local', model: 'qwen3-8b', kind: 'server_error', message: 'local 500', at: at('11:42:00.200') },
      { step: 'content', provider: 'local', model: 'qwen3-8b', kind: 'timeout', message: 'local model timed out', at: at('11:41:00.100') },
      { step: 'code', provider: 'claude', model: 'claude-sonnet-4-5', kind: null, message: `${LONG_ERROR.slice(0, 299)}…`, at: at('11:38:00.700') },
      { step: 'concept', provider: 'gemini', model: 'gemini-2.5-flash', kind: 'rate_limit', message: 'gemini 429: quota exceeded', at: at('11:30:01.500') },
    ]);
    expect(body.recent_errors[3]?.message).toHaveLength(300);
    // 5 430.5 s since STARTED, in whole seconds
    expect(body.uptime_seconds).toBe(5430);
  });

  it('lists at most the 20 latest failures, by finish time, and deducts a slow step\'s response time', async () => {
    now = new Date('2030-01-03T12:00:00.000Z');
    const body = await stats('?window=1h');
    const concept = body.steps[0];
    expect(concept).toEqual({
      step: 'concept',
      // run 1's attempt started before the window; run 2's 25 are in: 24 × 20 000 + 70 000 = 550 000 ms
      attempts: 25, succeeded: 0, failed: 25, success_rate: 0, p50_ms: null, p95_ms: null,
      avg_ms: 22000, min_ms: 20000, max_ms: 70000, avg_cost_usd: 0.0001, avg_quality: null,
      avg_attempts: 25, retried: 1,
      providers: [
        { provider: 'gemini', model: 'gemini-2.5-flash', attempts: 25, succeeded: 0, failed: 25, success_rate: 0, p50_ms: null, p95_ms: null, avg_ms: 22000, min_ms: 20000, max_ms: 70000, avg_cost_usd: 0.0001, avg_quality: null },
      ],
    });
    // Attempt 24 started before 25 but finished after it; attempts 1 to 5 are cut by the cap.
    const expected = [24, 25, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6];
    expect(body.recent_errors.map((e) => e.message)).toEqual(expected.map((n) => `attempt ${n} failed`));
    expect(body.recent_errors.slice(0, 3)).toEqual([
      { step: 'concept', provider: 'gemini', model: 'gemini-2.5-flash', kind: 'rate_limit', message: 'attempt 24 failed', at: '2030-01-03T11:13:10.000Z' },
      { step: 'concept', provider: 'gemini', model: 'gemini-2.5-flash', kind: 'timeout', message: 'attempt 25 failed', at: '2030-01-03T11:12:50.000Z' },
      { step: 'concept', provider: 'gemini', model: 'gemini-2.5-flash', kind: null, message: 'attempt 23 failed', at: '2030-01-03T11:11:50.000Z' },
    ]);
    // concept at 22 s on its 5 s → 35 s scale: time score 1 − 17/30, so 20 × 0.4/0.6 × 17/30 = 7.56 deducted.
    // The document's score sees only concept: 0.6 × 0 + 0.4 × (1 − 17/30) = 0.17333.
    expect(body.health).toEqual({
      score: 42,
      status: 'unhealthy',
      reasons: [
        'backlog: 5 jobs queued and no step job finished in the window (-30.0)',
        'concept: 0.0% of finished attempts succeeded (-20.0)',
        'concept: finished attempts took 22.0 s on average (ideal 5 s, worst 35 s) (-7.6)',
      ],
      document_score: 0.1733,
    });
    // two days and 5 430.5 s after STARTED
    expect(body.uptime_seconds).toBe(2 * 86_400 + 5430);
  });

  it('reports zeros and nulls for a window without traffic, where the live backlog alone degrades health', async () => {
    now = new Date('2020-06-01T00:00:00.000Z');
    const body = await stats('?window=15m');
    expect(body.window).toEqual({ from: '2020-05-31T23:45:00.000Z', to: '2020-06-01T00:00:00.000Z', seconds: 900 });
    for (const step of body.steps) {
      expect(step).toEqual({
        step: step.step, attempts: 0, succeeded: 0, failed: 0, success_rate: null, p50_ms: null, p95_ms: null,
        avg_ms: null, min_ms: null, max_ms: null, avg_cost_usd: null, avg_quality: null, avg_attempts: null, retried: 0, providers: [],
      });
    }
    expect(body.steps.map((s) => s.step)).toEqual(['concept', 'content', 'image', 'code']);
    expect(body.postcards).toEqual({ created: 0, completed: 0, failed: 0, cancelled: 0, in_progress: 0, throughput_per_minute: 0, p50_ms: null, p95_ms: null });
    expect(body.backlog).toBe(5);
    expect(body.health).toEqual({
      score: 70,
      status: 'degraded',
      reasons: ['backlog: 5 jobs queued and no step job finished in the window (-30.0)'],
      // The document counts no data as healthy; it does not see the backlog.
      document_score: 1,
    });
    expect(body.recent_errors).toEqual([]);
    // The clock is pinned ten years before STARTED: uptime is never negative.
    expect(body.uptime_seconds).toBe(0);
  });

  it('defaults to a 24 hour window', async () => {
    const body = await stats('');
    expect(body.window).toEqual({ from: '2029-12-31T12:00:00.000Z', to: '2030-01-01T12:00:00.000Z', seconds: 86_400 });
    // Everything seeded before `to` is inside, including the old postcard and the earliest attempts.
    expect(body.postcards).toMatchObject({ created: 8, completed: 4, failed: 2, cancelled: 1, in_progress: 1 });
    expect(body.steps[0]).toMatchObject({ step: 'concept', attempts: 6, succeeded: 5 });
    // The hour's five failures and, oldest, lateDone's attempt that started before the hour.
    expect(body.recent_errors.map((e) => e.message)).toHaveLength(6);
    expect(body.recent_errors.at(-1)).toMatchObject({ step: 'content', kind: 'timeout', message: 'before the window', at: at('11:00:04.999') });
  });

  it('accepts the longest window, 30d', async () => {
    const body = await stats('?window=30d');
    expect(body.window.seconds).toBe(30 * 86_400);
  });

  it.each([['abc'], ['0h'], ['1.5h'], ['-1h'], ['1w'], ['31d'], ['721h'], ['99999999d'], [''], ['h']])(
    'rejects window=%s with 400 naming window',
    async (value) => {
      const res = await getJson(baseUrl, `/api/v1/stats?window=${encodeURIComponent(value)}`);
      expect(res.status).toBe(400);
      const error = (res.body as unknown as ErrorBody).error;
      expect(error.code).toBe('validation_error');
      expect(error.details?.map((d) => d.field)).toEqual(['window']);
    },
  );

  it('rejects a repeated window and unknown parameters with 400 naming them', async () => {
    const repeated = (await getJson(baseUrl, '/api/v1/stats?window=1h&window=2h')).body as unknown as ErrorBody;
    expect(repeated.error.details?.map((d) => d.field)).toEqual(['window']);
    const unknown = await getJson(baseUrl, '/api/v1/stats?windows=1h');
    expect(unknown.status).toBe(400);
    expect((unknown.body as unknown as ErrorBody).error.details?.map((d) => d.field)).toEqual(['windows']);
  });
});
