import { previousStep, STEP_NAMES, type StepName } from '../../../src/pipeline/catalog.js';
import type { BenchDatabase } from './bench-database.js';
import { pollUntil } from './scope.js';

/** Waits until `expected` postcards exist and none is PENDING or PROCESSING. */
export async function waitForPostcards(db: BenchDatabase, expected: number, timeoutMs: number): Promise<{ readonly completed: number; readonly failed: number }> {
  const counts = await pollUntil(
    async () => {
      const [row] = await db.query<{ total: string; completed: string; failed: string }>(
        `SELECT count(*) AS total, count(*) FILTER (WHERE status = 'COMPLETED') AS completed, count(*) FILTER (WHERE status IN ('FAILED', 'CANCELLED')) AS failed FROM postcards`,
      );
      return { total: Number(row?.total ?? 0), completed: Number(row?.completed ?? 0), failed: Number(row?.failed ?? 0) };
    },
    (c) => c.total >= expected && c.completed + c.failed >= c.total,
    { timeoutMs, intervalMs: 200, what: `${expected} postcards to finish` },
  );
  return { completed: counts.completed, failed: counts.failed };
}

/** Creation and completion of every COMPLETED postcard, in ms since the epoch (PostgreSQL's stamps). */
export interface CompletionTimes {
  readonly createdAt: readonly number[];
  readonly completedAt: readonly number[];
  /** completed_at − created_at of each postcard. */
  readonly latencies: readonly number[];
  readonly firstCreated: number;
  readonly lastCreated: number;
  readonly lastCompleted: number;
}

export async function completionTimes(db: BenchDatabase): Promise<CompletionTimes> {
  const rows = await db.query<{ created: string; completed: string }>(
    `SELECT extract(epoch FROM created_at) * 1000 AS created, extract(epoch FROM completed_at) * 1000 AS completed FROM postcards WHERE status = 'COMPLETED'`,
  );
  const createdAt = rows.map((r) => Number(r.created));
  const completedAt = rows.map((r) => Number(r.completed));
  return {
    createdAt,
    completedAt,
    latencies: rows.map((_r, i) => (completedAt[i] ?? 0) - (createdAt[i] ?? 0)),
    firstCreated: Math.min(...createdAt),
    lastCreated: Math.max(...createdAt),
    lastCompleted: Math.max(...completedAt),
  };
}

/**
 * The step hand-off as our users see it: for each pair of consecutive steps
 * of one postcard's run, the next step's step_runs.started_at minus the
 * previous step's finished_at (successful attempts only).
 */
export async function stepRunHandoffs(db: BenchDatabase): Promise<number[]> {
  const rows = await db.query<{ task_id: string; run: number; step: StepName; started: string; finished: string | null }>(
    `SELECT task_id, run, step, extract(epoch FROM started_at) * 1000 AS started, extract(epoch FROM finished_at) * 1000 AS finished
       FROM step_runs WHERE status = 'SUCCEEDED'`,
  );
  const byRun = new Map<string, Map<StepName, { started: number; finished: number }>>();
  for (const row of rows) {
    if (row.finished === null) continue;
    const key = `${row.task_id}/${row.run}`;
    const steps = byRun.get(key) ?? new Map<StepName, { started: number; finished: number }>();
    steps.set(row.step, { started: Number(row.started), finished: Number(row.finished) });
    byRun.set(key, steps);
  }
  const gaps: number[] = [];
  for (const steps of byRun.values()) {
    for (const step of STEP_NAMES) {
      const before = previousStep(step);
      const prev = before === undefined ? undefined : steps.get(before);
      const next = steps.get(step);
      if (prev !== undefined && next !== undefined) gaps.push(next.started - prev.finished);
    }
  }
  return gaps;
}
