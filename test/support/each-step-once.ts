import { STEP_NAMES } from '../../src/pipeline/catalog';
import { postJson, type TestSystem } from './test-system';
import { waitUntilFinished } from './postcard-api';

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
  const finished = await Promise.all(ids.map((id) => waitUntilFinished(system.baseUrl, id, { timeoutMs })));
  expect(finished.map((s) => s.status)).toEqual(ids.map(() => 'COMPLETED'));
  const rows = await system.query<{ task_id: string; run: number; step: string; n: number }>(
    `SELECT task_id::text, run, step::text, count(*)::int AS n FROM step_runs WHERE status = 'SUCCEEDED' AND task_id = ANY($1::uuid[]) GROUP BY task_id, run, step`,
    [ids],
  );
  // Keyed by run too: a whole second run of a postcard is a duplicate as much as a step stored twice.
  expect(rows.map((r) => `${r.task_id}:${r.run}:${r.step}:${r.n}`).sort()).toEqual(ids.flatMap((id) => STEP_NAMES.map((step) => `${id}:1:${step}:1`)).sort());
}
