import type { Sql } from '../platform/db.js';
import { POSTCARD_COLUMNS } from './pg-postcard-get.js';
import type { NewPostcard, Postcard } from './postcard-types.js';

// The schema's defaults (status, run, progress, retry count) fill the rest, as they do for Prisma's create.
// $1 task, $2 owner, $3 prompt, $4 style, $5 theme, $6 metadata, $7 use cache, $8 strategy, $9 preview path, $10 at.
const INSERT_POSTCARD = `
  INSERT INTO postcards (task_id, user_id, user_input, style, theme, metadata, use_cache, strategy, preview_url, created_at, updated_at)
  VALUES ($1::uuid, $2::uuid, $3::text, $4::text, $5::text, $6::jsonb, $7::boolean, $8::text, $9::text, $10::timestamptz, $10::timestamptz)
  RETURNING ${POSTCARD_COLUMNS}`;

/**
 * A new postcard without an idempotency claim or admission limits (those
 * need a transaction, which stays with Prisma): one prepared statement, as
 * every plain POST /create makes one, and Prisma's runtime cost more than the
 * INSERT's round trip there (BENCHMARKS.md, scenario 3).
 */
export async function insertPostcard(sql: Sql, postcard: NewPostcard, at: Date): Promise<Postcard> {
  const rows = await sql.query<Postcard>('postcard_insert', INSERT_POSTCARD, [
    postcard.taskId,
    postcard.userId,
    postcard.userInput,
    postcard.style,
    postcard.theme,
    postcard.metadata === null ? null : JSON.stringify(postcard.metadata),
    postcard.useCache,
    postcard.strategy,
    postcard.previewUrl,
    at,
  ]);
  const row = rows[0];
  if (row === undefined) throw new Error(`INSERT of postcard ${postcard.taskId} returned no row`);
  return row;
}
