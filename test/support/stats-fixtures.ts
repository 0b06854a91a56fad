import type { TestSystem } from './test-system';

/*
 * The rows behind test/integration/stats.int.test.ts, whose expectations are
 * worked out by hand from them: change a row here, and the numbers there.
 */

// The clock is pinned, so `?window=1h` covers exactly [11:00, 12:00) of this day.
export const NOW = new Date('2030-01-01T12:00:00.000Z');
export const at = (time: string) => `2030-01-01T${time}Z`;
// The API process started 1 h 30 min 30.5 s before NOW.
export const STARTED = new Date(NOW.getTime() - 5_430_500);

export const P = {
  done1: '00000000-0000-4000-8000-000000000001',
  done2: '00000000-0000-4000-8000-000000000002',
  failed: '00000000-0000-4000-8000-000000000003',
  running: '00000000-0000-4000-8000-000000000004',
  lateDone: '00000000-0000-4000-8000-000000000005',
  old: '00000000-0000-4000-8000-000000000006',
  cancelled: '00000000-0000-4000-8000-000000000007',
  future: '00000000-0000-4000-8000-000000000008',
  justBefore: '00000000-0000-4000-8000-000000000009',
  storm: '00000000-0000-4000-8000-000000000010',
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
  // Two days later, outside every other window: only the storm test looks at it.
  [P.storm, 'FAILED', '2030-01-03T10:59:00Z', null],
];

/** What the step store records besides timing; cost is 0 (the column default) unless given, null = unknown price. */
interface Recorded {
  readonly provider: string;
  readonly model?: string;
  readonly cost?: number | null;
  readonly quality?: number;
  readonly kind?: string | null;
  readonly error?: string;
}

const FLASH = { provider: 'gemini', model: 'gemini-2.5-flash' } as const;
const SONNET = { provider: 'claude', model: 'claude-sonnet-4-5' } as const;
const QWEN = { provider: 'local', model: 'qwen3-8b' } as const; // a model without a known price
const IMAGEN = { provider: 'gemini', model: 'gemini-2.5-flash-image' } as const;
const CACHE = { provider: 'cache', cost: 0 } as const;
export const LONG_ERROR = `claude 400: ${'invalid html; '.repeat(40)}`; // 572 characters

// [task_id, run, step, attempt, status, started_at (a time of NOW's day, or a whole ISO timestamp), duration_ms, recorded];
// finished_at = started_at + duration_ms.
type StepRunRow = [string, number, string, number, string, string, number | null, Recorded];
const STEP_RUNS: StepRunRow[] = [
  ['done1', 1, 'concept', 1, 'SUCCEEDED', '11:10:01', 1000, { ...FLASH, cost: 0.0012, quality: 0.9 }],
  ['done2', 1, 'concept', 1, 'FAILED', '11:30:01', 500, { ...FLASH, cost: 0.0003, kind: 'rate_limit', error: 'gemini 429: quota exceeded' }],
  ['done2', 1, 'concept', 2, 'SUCCEEDED', '11:30:10', 3001, { ...SONNET, cost: 0.0045, quality: 0.8 }],
  ['failed', 1, 'concept', 1, 'SUCCEEDED', '11:40:01', 2000, CACHE],
  ['running', 1, 'concept', 1, 'SUCCEEDED', '11:50:01', 1500, { ...FLASH, cost: 0.0015, quality: 0.7 }],
  ['lateDone', 1, 'concept', 1, 'SUCCEEDED', '10:30:01', 9999, { ...FLASH, cost: 1, quality: 0 }], // outside
  ['done1', 1, 'content', 1, 'SUCCEEDED', '11:12:00', 2000, { ...QWEN, cost: null, quality: 0.6 }],
  ['done2', 1, 'content', 1, 'SUCCEEDED', '11:32:00', 4000, { ...FLASH, cost: 0.002, quality: 1 }],
  ['failed', 1, 'content', 1, 'FAILED', '11:41:00', 100, { ...QWEN, cost: null, kind: 'timeout', error: 'local model timed out' }],
  ['failed', 1, 'content', 2, 'FAILED', '11:42:00', 200, { ...QWEN, cost: null, kind: 'server_error', error: 'local 500' }],
  ['failed', 1, 'content', 3, 'FAILED', '11:43:00', 300, { ...FLASH, cost: 0.0001, kind: 'rate_limit', error: 'gemini 429: slow down' }],
  // As the step store writes a running attempt: the provider it starts with, no model yet, cost at the column default.
  ['running', 1, 'content', 1, 'RUNNING', '11:51:00', null, { provider: 'local' }],
  // outside, but its retry is inside; it also finished inside, yet is not a recent error of the window
  ['lateDone', 1, 'content', 1, 'FAILED', '10:59:59.999', 5000, { ...QWEN, cost: null, kind: 'timeout', error: 'before the window' }],
  ['lateDone', 1, 'content', 2, 'SUCCEEDED', '11:00:30', 3000, { ...FLASH, cost: 0.003, quality: 0.8 }],
  ['done1', 1, 'image', 1, 'SUCCEEDED', '11:14:00', 10000, { ...IMAGEN, cost: 0.039, quality: 1 }],
  ['done2', 1, 'image', 1, 'SUCCEEDED', '11:35:00', 12000, { ...IMAGEN, cost: 0.039, quality: 0.9 }],
  ['lateDone', 1, 'image', 1, 'SUCCEEDED', '11:00:00.000', 11000, CACHE], // exactly `from`: inside
  ['running', 1, 'image', 1, 'RUNNING', '12:00:00.000', null, { provider: 'gemini' }], // exactly `to`: outside
  ['done1', 1, 'code', 1, 'SUCCEEDED', '11:18:00', 5000, { ...SONNET, cost: 0.02, quality: 0.95 }],
  // An old-style row: no error kind recorded.
  ['done2', 1, 'code', 1, 'FAILED', '11:38:00', 700, { ...SONNET, cost: 0.001, kind: null, error: LONG_ERROR }],
  ['done2', 2, 'code', 1, 'SUCCEEDED', '11:40:00', 6000, { ...SONNET, cost: 0.03, quality: 0.85 }], // a new run: its own (task_id, run) group
];

/**
 * A provider outage two days later, [11:00, 12:00) of 2030-01-03: 25 failed
 * concept attempts of run 2, attempt n starting at 11:00 + 30n s and taking
 * 20 s, except attempt 24, which takes 70 s and so finishes (11:13:10) after
 * attempt 25 (11:12:50). Run 1's only attempt started before the window.
 */
const STORM_RUNS: StepRunRow[] = [
  ['storm', 1, 'concept', 1, 'FAILED', '2030-01-03T10:59:30Z', 60_000, { ...FLASH, kind: 'timeout', error: 'before the storm window' }],
  ...Array.from({ length: 25 }, (_, i): StepRunRow => {
    const n = i + 1;
    const started = new Date(Date.parse('2030-01-03T11:00:00Z') + n * 30_000).toISOString();
    const kind = ['rate_limit', 'timeout', null][n % 3] ?? null;
    return ['storm', 2, 'concept', n, 'FAILED', started, n === 24 ? 70_000 : 20_000, { ...FLASH, cost: 0.0001, kind, error: `attempt ${n} failed` }];
  }),
];

/** Inserts POSTCARDS, STEP_RUNS and STORM_RUNS into the suite's database. */
export async function seedStatsDatabase(system: TestSystem): Promise<void> {
  for (const [taskId, status, createdAt, completedAt] of POSTCARDS) {
    await system.query(
      `INSERT INTO postcards (task_id, status, user_input, created_at, updated_at, completed_at) VALUES ($1, $2::"PostcardStatus", 'x', $3, $3, $4)`,
      [taskId, status, createdAt, completedAt],
    );
  }
  for (const [task, run, step, attempt, status, startedAt, durationMs, r] of [...STEP_RUNS, ...STORM_RUNS]) {
    await system.query(
      `INSERT INTO step_runs (task_id, run, step, attempt, status, started_at, finished_at, duration_ms,
                              provider, model, cost_usd, quality_score, error_kind, error)
       VALUES ($1, $2, $3::"StepName", $4, $5::"StepRunStatus", $6::timestamptz,
               $6::timestamptz + $7::int * interval '1 millisecond', $7, $8, $9, $10, $11, $12, $13)`,
      [
        P[task as keyof typeof P],
        run,
        step,
        attempt,
        status,
        startedAt.includes('T') ? startedAt : at(startedAt),
        durationMs,
        r.provider,
        r.model ?? null,
        r.cost === undefined ? 0 : r.cost,
        r.quality ?? null,
        r.kind ?? null,
        r.error ?? null,
      ],
    );
  }
}
