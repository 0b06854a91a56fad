import type { Prisma } from '../generated/prisma/client.js';
import type { Admission, Refused } from './postcard-store.js';

/** Our namespace among PostgreSQL's two-key advisory locks ('pcrd'); the one-key space, which Prisma's migrate lock uses, is separate. */
const ADMISSION_LOCK = 0x70637264;

/**
 * Serialises the admissions of one owner until the transaction ends. Each
 * admitting transaction waits here, then counts with a statement that starts
 * after the previous holder committed (READ COMMITTED takes a snapshot per
 * statement), so it sees every postcard admitted before it. An advisory lock
 * rather than `FOR UPDATE` on the users row: inserting a postcard takes a key
 * share lock on that row for its foreign key, and key changes must not queue
 * behind admissions. Two owners whose ids hash alike merely wait for each other.
 */
export async function lockOwner(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADMISSION_LOCK}::int, hashtext(${userId}::text))`;
}

/** Under `lockOwner`: the limit the owner would pass with one more postcard, or null when it may have one. */
export async function refusal(tx: Prisma.TransactionClient, userId: string, admission: Admission): Promise<Refused | null> {
  const { maxActive, maxCreated } = admission;
  if (maxActive === undefined && maxCreated === undefined) return null;
  // Two subqueries, so that each can use its own index: the partial index of active postcards by user, and (user_id, created_at).
  const rows = await tx.$queryRaw<Array<{ active: number; created: number }>>`
    SELECT (SELECT count(*) FROM postcards WHERE user_id = ${userId}::uuid AND status IN ('PENDING', 'PROCESSING'))::int AS active,
           (SELECT count(*) FROM postcards WHERE user_id = ${userId}::uuid AND created_at >= ${maxCreated?.since ?? null}::timestamptz)::int AS created`;
  const { active = 0, created = 0 } = rows[0] ?? {};
  // The daily limit first: waiting for an active postcard to finish would not lift it.
  if (maxCreated !== undefined && created >= maxCreated.limit) return { kind: 'refused', limit: 'created', held: created, max: maxCreated.limit };
  if (maxActive !== undefined && active >= maxActive) return { kind: 'refused', limit: 'active', held: active, max: maxActive };
  return null;
}
