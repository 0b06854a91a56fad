import { STEP_NAMES, stepJobId } from '../../src/pipeline/catalog';
import { onShard } from '../../src/pipeline/queue-shards';
import { createStepQueues } from '../../src/pipeline/queues';
import { postJson, type TestSystem } from './test-system';
import { getStatus, waitUntilFinished } from './postcard-api';

/** POST /api/v1/postcards, which must answer 202; its task id. */
export async function createPostcard(system: TestSystem, prompt: string): Promise<string> {
  const res = await postJson(system.baseUrl, '/api/v1/postcards', { prompt });
  expect(res.status).toBe(202);
  return String(res.body.task_id);
}

/**
 * Waits for every postcard to finish and holds each to COMPLETED with exactly
 * one succeeded run of every step: a second would mean a result stored twice
 * (a duplicate delivery or a second flow that was not caught).
 */
export async function expectCompletedEachStepOnce(system: TestSystem, ids: readonly string[], timeoutMs = 90_000): Promise<void> {
  const settled = await Promise.allSettled(ids.map((id) => waitUntilFinished(system.baseUrl, id, { timeoutMs })));
  const finished = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  if (finished.length < ids.length) throw new Error(`postcards did not finish within ${timeoutMs} ms:\n${await describeUnfinished(system, ids)}`);
  expect(finished.map((s) => s.status)).toEqual(ids.map(() => 'COMPLETED'));
  const rows = await system.query<{ task_id: string; run: number; step: string; n: number }>(
    `SELECT task_id::text, run, step::text, count(*)::int AS n FROM step_runs WHERE status = 'SUCCEEDED' AND task_id = ANY($1::uuid[]) GROUP BY task_id, run, step`,
    [ids],
  );
  // Keyed by run too: a whole second run of a postcard is a duplicate as much as a step stored twice.
  expect(rows.map((r) => `${r.task_id}:${r.run}:${r.step}:${r.n}`).sort()).toEqual(ids.flatMap((id) => STEP_NAMES.map((step) => `${id}:1:${step}:1`)).sort());
}

/**
 * For each postcard not yet finished: its status and stored step runs, and the
 * state of each of its jobs on its shard, so that a failure says where the
 * postcard stopped (a lost flow, a job no worker takes, a result not stored).
 */
async function describeUnfinished(system: TestSystem, ids: readonly string[]): Promise<string> {
  const { config, services } = system;
  const queues = config.queueShards.map((prefix) => createStepQueues(services.redis('blocking'), prefix, () => undefined));
  try {
    const lines: string[] = [];
    for (const id of ids) {
      const status = await getStatus(system.baseUrl, id).catch((error: unknown) => ({ status: String(error) }));
      if (['COMPLETED', 'FAILED', 'CANCELLED'].includes(status.status)) continue;
      const runs = await system.query<{ run: number; step: string; status: string; attempt: number }>(
        'SELECT run, step::text, status::text, attempt FROM step_runs WHERE task_id = $1::uuid ORDER BY started_at',
        [id],
      );
      const set = onShard(queues, id);
      const jobs = await Promise.all(STEP_NAMES.map(async (step) => `${step}=${await set[step].getJobState(stepJobId(id, step, 1)).catch(String)}`));
      lines.push(`${id} on ${onShard(config.queueShards, id)}: ${JSON.stringify(status)}; jobs ${jobs.join(' ')}; step runs ${JSON.stringify(runs)}`);
    }
    return lines.join('\n');
  } finally {
    await Promise.all(queues.flatMap((set) => STEP_NAMES.map((step) => set[step].close())));
  }
}
