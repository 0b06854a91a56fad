import { Pool } from 'pg';
import { isLastStep, STEP_ORDER, type StepName } from '../../../src/pipeline/catalog.js';
import type { Config } from '../../../src/platform/config.js';
import { createBareProducer, simulateStep, startStepWorkers, type BareProducer, type BareWorkers } from './bare-flow.js';

/**
 * The durable floor: the bare flow (same tree, same job options, same
 * simulated work) plus the least durable work our design needs, through raw
 * `pg` on the real schema with no ORM, no HTTP, no events, no logging:
 *
 * - create: one INSERT of the postcard row, then the flow;
 * - each step: one statement that starts it (moves the postcard, inserts the
 *   step_runs attempt, returns the predecessors' results), the simulated work,
 *   and one that stores its result and closes the attempt.
 *
 * 1 + 4 × 2 = 9 statements per postcard, each its own implicit transaction.
 * What ours does beyond this (HTTP, validation, events, the cache, logging,
 * Prisma) is what the "ours ÷ floor" ratio measures.
 */
export const FLOOR_STATEMENTS_PER_POSTCARD = 1 + STEP_ORDER.steps.length * 2;

/** The column each step's result goes to, and a small stand-in result like the bare step's reference. */
const RESULT_COLUMN: { readonly [S in StepName]: { readonly column: string; readonly cast: string; value(taskId: string): string } } = {
  concept: { column: 'concept', cast: 'jsonb', value: (taskId) => JSON.stringify({ taskId, step: 'concept' }) },
  content: { column: 'content', cast: 'jsonb', value: (taskId) => JSON.stringify({ taskId, step: 'content' }) },
  image: { column: 'image_url', cast: 'text', value: (taskId) => `/assets/${taskId}` },
  code: { column: 'frontend_code', cast: 'text', value: (taskId) => `<!doctype html><title>${taskId}</title>` },
};

/** The request as ours stores it (scenario 1's CREATE_BODY). */
const INSERT_POSTCARD = `INSERT INTO postcards (task_id, user_input, style, updated_at) VALUES ($1::uuid, $2::text, 'watercolor', now())`;

/** Starts one attempt: moves the postcard to the step, inserts the attempt's row, and reads what the step needs. */
const START_STEP = `
  WITH moved AS (
    UPDATE postcards
       SET status = 'PROCESSING', current_step = $3::"StepName", started_at = COALESCE(started_at, now()), updated_at = now()
     WHERE task_id = $1::uuid AND run = $2::int AND status IN ('PENDING', 'PROCESSING')
    RETURNING task_id, user_input, concept, content, image_url
  ), attempt AS (
    INSERT INTO step_runs (task_id, run, step, attempt, status, job_id, started_at)
    SELECT task_id, $2::int, $3::"StepName", $4::int, 'RUNNING', $5::text, now() FROM moved
    ON CONFLICT (task_id, run, step, attempt) DO UPDATE SET status = 'RUNNING', started_at = EXCLUDED.started_at, finished_at = NULL
    RETURNING id
  )
  SELECT (SELECT id FROM attempt) AS attempt_id, user_input, concept, content, image_url FROM moved`;

/** Stores the step's result (completing the postcard after the last step) and closes the attempt. */
function storeStep(step: StepName): string {
  const { column, cast } = RESULT_COLUMN[step];
  const last = isLastStep(step);
  return `
    WITH closed AS (
      UPDATE step_runs SET status = 'SUCCEEDED', finished_at = now(), duration_ms = (extract(epoch FROM now() - started_at) * 1000)::int
       WHERE id = $2::bigint
    )
    UPDATE postcards
       SET ${column} = $3::${cast}, progress = ${STEP_ORDER.progressAfter(step)},
           ${last ? `status = 'COMPLETED', completed_at = now(), current_step = NULL,` : ''} updated_at = now()
     WHERE task_id = $1::uuid`;
}

const STORE_STEP: { readonly [S in StepName]: string } = {
  concept: storeStep('concept'),
  content: storeStep('content'),
  image: storeStep('image'),
  code: storeStep('code'),
};

export interface DurableFloor {
  readonly producer: BareProducer;
  readonly workers: BareWorkers;
  close(): Promise<void>;
}

/**
 * Starts the floor's workers and producer in this process, sharing one `pg`
 * pool of `poolSize` connections (as our in-process API and workers share
 * one Prisma pool in scenario 1).
 */
export function startDurableFloor(options: {
  readonly redisUrl: string;
  readonly databaseUrl: string;
  readonly prefix: string;
  readonly pipeline: Config['pipeline'];
  readonly concurrency: number;
  readonly poolSize: number;
  readonly latencyMs: { readonly [S in StepName]?: number };
  readonly onError: (error: Error) => void;
}): DurableFloor {
  const pool = new Pool({ connectionString: options.databaseUrl, max: options.poolSize });
  pool.on('error', options.onError);
  const workers = startStepWorkers(
    options.redisUrl,
    options.prefix,
    options.concurrency,
    async (job, step) => {
      const { taskId, run } = job.data;
      const started = await pool.query<{ attempt_id: string | null }>(START_STEP, [taskId, run, step, job.attemptsMade + 1, job.id ?? null]);
      const attemptId = started.rows[0]?.attempt_id;
      if (attemptId === undefined || attemptId === null) throw new Error(`postcard ${taskId} run ${run} is not active`);
      const result = await simulateStep(job, step, options.latencyMs);
      await pool.query(STORE_STEP[step], [taskId, attemptId, RESULT_COLUMN[step].value(taskId)]);
      return result;
    },
    options.onError,
  );
  const producer = createBareProducer(options.redisUrl, options.prefix, options.pipeline, options.onError, async (taskId) => {
    await pool.query(INSERT_POSTCARD, [taskId, `Happy birthday, Lily! [${taskId}] Wishing you a year of adventures`]);
  });
  return {
    producer,
    workers,
    async close() {
      await producer.close();
      await workers.close();
      await pool.end();
    },
  };
}
