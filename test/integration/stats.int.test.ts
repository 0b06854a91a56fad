import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { Worker } from 'bullmq';
import { PIPELINE, type StepJobData } from '../../src/pipeline/catalog';
import { createFlowProducer } from '../../src/pipeline/queues';
import { createErrorMiddleware } from '../../src/http/error-middleware';
import { createStatsRouter } from '../../src/stats/stats-routes';
import { getJson, startTestSystem, type TestSystem } from '../support/test-system';

// The clock is pinned, so `?window=1h` covers exactly [11:00, 12:00) of this day.
const NOW = new Date('2030-01-01T12:00:00.000Z');
const at = (time: string) => `2030-01-01T${time}Z`;

const P = {
  done1: '00000000-0000-4000-8000-000000000001',
  done2: '00000000-0000-4000-8000-000000000002',
  failed: '00000000-0000-4000-8000-000000000003',
  running: '00000000-0000-4000-8000-000000000004',
  lateDone: '00000000-0000-4000-8000-000000000005',
  old: '00000000-0000-4000-8000-000000000006',
  cancelled: '00000000-0000-4000-8000-000000000007',
  future: '00000000-0000-4000-8000-000000000008',
  justBefore: '00000000-0000-4000-8000-000000000009',
} as const;

// [task_id, status, created_at, completed_at]
const POSTCARDS: Array<[string, string, string, string | null]> = [
  [P.done1, 'COMPLETED', at('11:10:00'), at('11:20:00')], // 600 000 ms end to end
  [P.done2, 'COMPLETED', at('11:30:00'), at('11:45:00')], // 900 000 ms
  [P.failed, 'FAILED', at('11:40:00'), null],
  [P.running, 'PROCESSING', at('11:50:00'), null],
  [P.lateDone, 'COMPLETED', at('10:30:00'), at('11:05:00')], // created before, completed inside: 2 100 000 ms
  [P.old, 'COMPLETED', at('09:00:00'), at('09:30:00')], // entirely outside
  [P.cancelled, 'CANCELLED', at('11:00:00.000'), null], // exactly `from`: inside
  [P.future, 'PENDING', at('12:00:00.000'), null], // exactly `to`: outside
  [P.justBefore, 'FAILED', at('10:59:59.999'), null], // 1 ms before `from`: outside
];

// [task_id, run, step, attempt, status, started_at, duration_ms]
const STEP_RUNS: Array<[string, number, string, number, string, string, number | null]> = [
  ['done1', 1, 'concept', 1, 'SUCCEEDED', '11:10:01', 1000],
  ['done2', 1, 'concept', 1, 'FAILED', '11:30:01', 500],
  ['done2', 1, 'concept', 2, 'SUCCEEDED', '11:30:10', 3001],
  ['failed', 1, 'concept', 1, 'SUCCEEDED', '11:40:01', 2000],
  ['running', 1, 'concept', 1, 'SUCCEEDED', '11:50:01', 1500],
  ['lateDone', 1, 'concept', 1, 'SUCCEEDED', '10:30:01', 9999], // outside
  ['done1', 1, 'content', 1, 'SUCCEEDED', '11:12:00', 2000],
  ['done2', 1, 'content', 1, 'SUCCEEDED', '11:32:00', 4000],
  ['failed', 1, 'content', 1, 'FAILED', '11:41:00', 100],
  ['failed', 1, 'content', 2, 'FAILED', '11:42:00', 200],
  ['failed', 1, 'content', 3, 'FAILED', '11:43:00', 300],
  ['running', 1, 'content', 1, 'RUNNING', '11:51:00', null],
  ['lateDone', 1, 'content', 1, 'FAILED', '10:59:59.999', 5000], // outside, but its retry is inside
  ['lateDone', 1, 'content', 2, 'SUCCEEDED', '11:00:30', 3000],
  ['done1', 1, 'image', 1, 'SUCCEEDED', '11:14:00', 10000],
  ['done2', 1, 'image', 1, 'SUCCEEDED', '11:35:00', 12000],
  ['lateDone', 1, 'image', 1, 'SUCCEEDED', '11:00:00.000', 11000], // exactly `from`: inside
  ['running', 1, 'image', 1, 'RUNNING', '12:00:00.000', null], // exactly `to`: outside
  ['done1', 1, 'code', 1, 'SUCCEEDED', '11:18:00', 5000],
  ['done2', 1, 'code', 1, 'FAILED', '11:38:00', 700],
  ['done2', 2, 'code', 1, 'SUCCEEDED', '11:40:00', 6000], // a new run: its own (task_id, run) group
];

interface StatsBody {
  window: { from: string; to: string; seconds: number };
  steps: Array<Record<string, unknown>>;
  postcards: Record<string, unknown>;
  queues: Record<string, Record<string, number>>;
  backlog: number;
  health: { score: number; status: string; reasons: string[] };
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

  async function seedDatabase(): Promise<void> {
    for (const [taskId, status, createdAt, completedAt] of POSTCARDS) {
      await system.query(
        `INSERT INTO postcards (task_id, status, user_input, created_at, updated_at, completed_at) VALUES ($1, $2::"PostcardStatus", 'x', $3, $3, $4)`,
        [taskId, status, createdAt, completedAt],
      );
    }
    for (const [task, run, step, attempt, status, startedAt, durationMs] of STEP_RUNS) {
      await system.query(
        `INSERT INTO step_runs (task_id, run, step, attempt, status, started_at, duration_ms)
         VALUES ($1, $2, $3::"StepName", $4, $5::"StepRunStatus", $6, $7)`,
        [P[task as keyof typeof P], run, step, attempt, status, at(startedAt), durationMs],
      );
    }
  }

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
    app.use('/api/v1/stats', createStatsRouter({ db: system.services.db, queues: system.queues, now: () => now }));
    app.use(createErrorMiddleware(system.services.logger));
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await seedDatabase();
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
    expect(body.steps).toEqual([
      // durations 1000, 1500, 2000, 3001: p50 = (1500+2000)/2; p95 = 2000 + 0.85 × 1001 = 2850.85
      { step: 'concept', attempts: 5, succeeded: 4, failed: 1, success_rate: 0.8, p50_ms: 1750, p95_ms: 2851, avg_attempts: 1.25, retried: 1 },
      // RUNNING counts as an attempt only; lateDone's attempt 2 is in, its attempt 1 is not, and still makes it a retry.
      // durations 2000, 3000, 4000: p95 = 3000 + 0.9 × 1000; groups' max attempts 1, 1, 3, 1, 2
      { step: 'content', attempts: 7, succeeded: 3, failed: 3, success_rate: 0.5, p50_ms: 3000, p95_ms: 3900, avg_attempts: 1.6, retried: 2 },
      // durations 10000, 11000, 12000 (the one at exactly `from` counts, the one at `to` does not)
      { step: 'image', attempts: 3, succeeded: 3, failed: 0, success_rate: 1, p50_ms: 11000, p95_ms: 11900, avg_attempts: 1, retried: 0 },
      // runs 1 and 2 of done2 are separate groups, neither retried
      { step: 'code', attempts: 3, succeeded: 2, failed: 1, success_rate: 0.6667, p50_ms: 5500, p95_ms: 5950, avg_attempts: 1, retried: 0 },
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
    });
  });

  it('reports zeros and nulls for a window without traffic, where the live backlog alone degrades health', async () => {
    now = new Date('2020-06-01T00:00:00.000Z');
    const body = await stats('?window=15m');
    expect(body.window).toEqual({ from: '2020-05-31T23:45:00.000Z', to: '2020-06-01T00:00:00.000Z', seconds: 900 });
    for (const step of body.steps) {
      expect(step).toEqual({ step: step.step, attempts: 0, succeeded: 0, failed: 0, success_rate: null, p50_ms: null, p95_ms: null, avg_attempts: null, retried: 0 });
    }
    expect(body.steps.map((s) => s.step)).toEqual(['concept', 'content', 'image', 'code']);
    expect(body.postcards).toEqual({ created: 0, completed: 0, failed: 0, cancelled: 0, in_progress: 0, throughput_per_minute: 0, p50_ms: null, p95_ms: null });
    expect(body.backlog).toBe(5);
    expect(body.health).toEqual({
      score: 70,
      status: 'degraded',
      reasons: ['backlog: 5 jobs queued and no step job finished in the window (-30.0)'],
    });
  });

  it('defaults to a 24 hour window', async () => {
    const body = await stats('');
    expect(body.window).toEqual({ from: '2029-12-31T12:00:00.000Z', to: '2030-01-01T12:00:00.000Z', seconds: 86_400 });
    // Everything seeded before `to` is inside, including the old postcard and the earliest attempts.
    expect(body.postcards).toMatchObject({ created: 8, completed: 4, failed: 2, cancelled: 1, in_progress: 1 });
    expect(body.steps[0]).toMatchObject({ step: 'concept', attempts: 6, succeeded: 5 });
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
