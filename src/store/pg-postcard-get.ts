import { batchedLookup } from '../platform/batched-lookup.js';
import { isUuidText, type Sql } from '../platform/db.js';
import type { Postcard } from './postcard-types.js';

/** Every column of `postcards` under the Postcard field's name, as Prisma would return it. */
export const POSTCARD_COLUMNS = `
  task_id AS "taskId", status, user_id AS "userId", user_input AS "userInput", style, theme, metadata,
  use_cache AS "useCache", strategy, run, current_step AS "currentStep", progress, concept, content,
  image_asset_id AS "imageAssetId", image_url AS "imageUrl", frontend_code AS "frontendCode", quality,
  preview_url AS "previewUrl", error_step AS "errorStep", error_message AS "errorMessage",
  retry_count AS "retryCount", created_at AS "createdAt", updated_at AS "updatedAt",
  started_at AS "startedAt", completed_at AS "completedAt"`;

const SELECT_POSTCARDS = `SELECT ${POSTCARD_COLUMNS} FROM postcards WHERE task_id = ANY($1::uuid[])`;

/**
 * Loads a postcard by task id; the loads of one event-loop turn share one
 * prepared `SELECT … = ANY($1)` (batched-lookup.ts). Prisma's findUnique
 * batched them the same way, but through its query runtime (with the asset
 * insert and the image-size lookup, ≈ 0.9 ms of CPU a postcard in scenario
 * 1's profile) and with a query-plan cache entry of up to 160 KB per batch
 * size (BENCHMARKS.md, "Worker memory").
 */
export function batchedPostcardGet(sql: Sql): (taskId: string) => Promise<Postcard | null> {
  const lookup = batchedLookup(async (taskIds) => {
    const rows = await sql.query<Postcard>('postcard_select', SELECT_POSTCARDS, [taskIds]);
    // PostgreSQL writes a uuid in lower case, so the keys are asked for that way.
    return new Map(rows.map((row) => [row.taskId, row]));
  });
  // Anything else cannot be a task id, and sent in a batch it would fail everyone's loads.
  return async (taskId) => (isUuidText(taskId) ? lookup(taskId.toLowerCase()) : null);
}
