import { DatabaseError } from 'pg';
import type { Sql } from '../platform/db.js';
import { POSTCARD_COLUMNS } from './pg-postcard-get.js';
import type { NewPostcard, Postcard } from './postcard-types.js';

// The schema's defaults (status, run, progress, retry count) fill the rest, as they do for Prisma's create.
// One row per element of the arrays: $1 tasks, $2 owners, $3 prompts, $4 styles, $5 themes, $6 metadata,
// $7 use cache, $8 strategies, $9 preview paths; $10 at. One text for any number of rows, so one plan.
const INSERT_POSTCARDS = `
  INSERT INTO postcards (task_id, user_id, user_input, style, theme, metadata, use_cache, strategy, preview_url, created_at, updated_at)
  SELECT t.task_id, t.user_id, t.user_input, t.style, t.theme, t.metadata, t.use_cache, t.strategy, t.preview_url,
         $10::timestamptz, $10::timestamptz
    FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::boolean[], $8::text[], $9::text[])
         AS t(task_id, user_id, user_input, style, theme, metadata, use_cache, strategy, preview_url)
  RETURNING ${POSTCARD_COLUMNS}`;

/**
 * New postcards without an idempotency claim or admission limits (those need
 * a transaction, which stays with Prisma), in one prepared statement: every
 * plain POST /create makes one, and under load many arrive in the same turn
 * of the event loop, so they share a round trip and a commit (BENCHMARKS.md,
 * scenario 3). A statement is all or nothing: when PostgreSQL refuses a row
 * of the batch (refusedByServer), each postcard is tried alone, so only the
 * one it refuses fails; any other failure fails every one, as each alone would.
 */
export async function insertPostcards(sql: Sql, postcards: readonly NewPostcard[], at: Date): Promise<PromiseSettledResult<Postcard>[]> {
  try {
    const rows = await insertAll(sql, postcards, at);
    return postcards.map((postcard) => rowOf(rows, postcard));
  } catch (error) {
    if (postcards.length === 1 || !refusedByServer(error)) throw error;
    // One after another: a batch of hundreds at once would queue on the pool past its connection timeout.
    const outcomes: PromiseSettledResult<Postcard>[] = [];
    for (const postcard of postcards) {
      try {
        outcomes.push(rowOf(await insertAll(sql, [postcard], at), postcard));
      } catch (rowError) {
        outcomes.push({ status: 'rejected', reason: rowError });
      }
    }
    return outcomes;
  }
}

/** The row PostgreSQL returned for `postcard` (its ids come back lower-case). */
function rowOf(rows: ReadonlyMap<string, Postcard>, postcard: NewPostcard): PromiseSettledResult<Postcard> {
  const row = rows.get(postcard.taskId.toLowerCase());
  return row === undefined ? { status: 'rejected', reason: new Error(`INSERT of postcard ${postcard.taskId} returned no row`) } : { status: 'fulfilled', value: row };
}

async function insertAll(sql: Sql, postcards: readonly NewPostcard[], at: Date): Promise<ReadonlyMap<string, Postcard>> {
  const column = <T>(pick: (postcard: NewPostcard) => T) => postcards.map(pick);
  const rows = await sql.query<Postcard>('postcards_insert', INSERT_POSTCARDS, [
    column((p) => p.taskId),
    column((p) => p.userId),
    column((p) => p.userInput),
    column((p) => p.style),
    column((p) => p.theme),
    column((p) => (p.metadata === null ? null : JSON.stringify(p.metadata))),
    column((p) => p.useCache),
    column((p) => p.strategy),
    column((p) => p.previewUrl),
    at,
  ]);
  return new Map(rows.map((row) => [row.taskId, row]));
}

/**
 * PostgreSQL refused a value of some row (class 22, data exception: a string
 * it cannot store) or a constraint (class 23: an owner deleted a moment ago),
 * so nothing of the statement was written and another row may be fine. Any
 * other error (a lost connection, a read-only standby after a failover, a
 * schema out of step) would fail every row alone as well: no retry.
 */
function refusedByServer(error: unknown): boolean {
  return error instanceof DatabaseError && error.code !== undefined && /^(22|23)/.test(error.code);
}
