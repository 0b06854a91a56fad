import { queryDatabase } from '../../test/support/postgres';

export interface ChaosReport {
  readonly requested: number;
  readonly accepted: number;
  readonly completed: number;
  readonly failed: number;
  readonly cancelled: number;
  readonly stuck: number;
  /** task_ids the API answered 202 for that are not in the database. */
  readonly lost: number;
  /** Postcards beyond one per distinct request (the Idempotency-Key should prevent any). */
  readonly duplicate_postcards: number;
  /** (task, run, step) with more than one stored success. */
  readonly duplicate_step_results: number;
  /** Per step: attempts recorded against the minimum (one per postcard). Stalled jobs re-run under the same attempt row. */
  readonly attempts_per_step: Record<string, { readonly attempts: number; readonly minimum: number; readonly ratio: number }>;
  readonly worker_kills: number;
  /** The Redis under test, and each fault it suffered, in order. */
  readonly redis: string;
  readonly redis_faults: readonly string[];
  /** Creates the API refused, by status (`network`: no answer), each sent again with its key. */
  readonly create_refusals: Readonly<Record<string, number>>;
  /** Postcards the reconciler found active with no job left in Redis and enqueued again (its "re-enqueued a postcard whose jobs were lost" warnings, by task_id). */
  readonly reconciler_requeued: number;
  readonly drain_seconds: number;
  /** Why postcards failed (the first ten), with each attempt of the failing step: a failed chaos run must say why. */
  readonly failures: ReadonlyArray<{ readonly task_id: string; readonly error_step: string | null; readonly error_message: string | null; readonly attempts: string[] }>;
}

export interface ChaosRun {
  readonly requested: number;
  readonly accepted: number;
  readonly acceptedIds: ReadonlySet<string>;
  readonly drainMs: number;
  readonly kills: number;
  readonly redis: string;
  readonly redisFaults: readonly string[];
  readonly requeued: number;
  readonly createRefusals: Readonly<Record<string, number>>;
}

export async function chaosReport(url: string, run: ChaosRun): Promise<ChaosReport> {
  const byStatus = await queryDatabase<{ status: string; n: string }>(url, 'SELECT status, count(*) AS n FROM postcards GROUP BY status');
  const count = (status: string) => Number(byStatus.find((r) => r.status === status)?.n ?? 0);
  const [dupPostcards] = await queryDatabase<{ n: string }>(url, 'SELECT coalesce(sum(n - 1), 0) AS n FROM (SELECT count(*) AS n FROM postcards GROUP BY user_input) t');
  const [dupResults] = await queryDatabase<{ n: string }>(
    url,
    `SELECT count(*) AS n FROM (SELECT 1 FROM step_runs WHERE status = 'SUCCEEDED' GROUP BY task_id, run, step HAVING count(*) > 1) t`,
  );
  const attempts = await queryDatabase<{ step: string; n: string }>(url, 'SELECT step, count(*) AS n FROM step_runs GROUP BY step ORDER BY step');
  const [found] = await queryDatabase<{ n: string }>(url, 'SELECT count(*) AS n FROM postcards WHERE task_id = ANY($1::uuid[])', [[...run.acceptedIds]]);
  const total = byStatus.reduce((sum, r) => sum + Number(r.n), 0);
  const failed = await queryDatabase<{ task_id: string; error_step: string | null; error_message: string | null }>(
    url,
    `SELECT task_id, error_step, error_message FROM postcards WHERE status = 'FAILED' ORDER BY task_id LIMIT 10`,
  );
  const failures = await Promise.all(
    failed.map(async (p) => {
      const runs = await queryDatabase<{ line: string }>(
        url,
        `SELECT concat_ws(' ', run, step, attempt, status, coalesce(error, '')) AS line FROM step_runs WHERE task_id = $1 ORDER BY started_at`,
        [p.task_id],
      );
      return { ...p, attempts: runs.map((r) => r.line) };
    }),
  );
  return {
    requested: run.requested,
    accepted: run.accepted,
    completed: count('COMPLETED'),
    failed: count('FAILED'),
    cancelled: count('CANCELLED'),
    stuck: count('PENDING') + count('PROCESSING'),
    lost: run.acceptedIds.size - Number(found?.n ?? 0),
    duplicate_postcards: Number(dupPostcards?.n ?? 0),
    duplicate_step_results: Number(dupResults?.n ?? 0),
    attempts_per_step: Object.fromEntries(
      attempts.map((r) => [r.step, { attempts: Number(r.n), minimum: total, ratio: Math.round((Number(r.n) / Math.max(1, total)) * 100) / 100 }]),
    ),
    worker_kills: run.kills,
    redis: run.redis,
    redis_faults: run.redisFaults,
    create_refusals: run.createRefusals,
    reconciler_requeued: run.requeued,
    drain_seconds: Math.round(run.drainMs / 100) / 10,
    failures,
  };
}
