import type { Sql } from '../platform/db.js';
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

// Anything else cannot be a task id; sent in a batch, PostgreSQL would refuse the whole batch for it.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Waiting {
  resolve(postcard: Postcard | null): void;
  reject(error: unknown): void;
}

/**
 * Loads a postcard by task id, every load asked for in the same turn of the
 * event loop in one prepared `SELECT … = ANY($1)`: each step of each job
 * starts with one, and a worker runs dozens of jobs at once. Prisma's
 * findUnique batched them the same way, but through its query runtime (with
 * the asset insert and the image-size lookup, ≈ 0.9 ms of CPU a postcard in
 * scenario 1's profile) and with a query-plan cache entry of up to 160 KB
 * per batch size (BENCHMARKS.md, "Worker memory").
 */
export function batchedPostcardGet(sql: Sql): (taskId: string) => Promise<Postcard | null> {
  let waiting = new Map<string, Waiting[]>();
  const flush = async () => {
    const batch = waiting;
    waiting = new Map();
    try {
      const rows = await sql.query<Postcard>('postcard_select', SELECT_POSTCARDS, [[...batch.keys()]]);
      const found = new Map(rows.map((row) => [row.taskId.toLowerCase(), row]));
      for (const [taskId, callers] of batch) for (const caller of callers) caller.resolve(found.get(taskId) ?? null);
    } catch (error) {
      for (const callers of batch.values()) for (const caller of callers) caller.reject(error);
    }
  };
  return (taskId) => {
    if (!UUID.test(taskId)) return Promise.resolve(null);
    return new Promise((resolve, reject) => {
      const key = taskId.toLowerCase();
      if (waiting.size === 0) setImmediate(() => void flush());
      const callers = waiting.get(key);
      if (callers === undefined) waiting.set(key, [{ resolve, reject }]);
      else callers.push({ resolve, reject });
    });
  };
}
