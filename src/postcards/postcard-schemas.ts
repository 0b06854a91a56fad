import { z } from 'zod';
import { jsonDepth } from '../http/json-input.js';
import { StrategySchema } from '../platform/generation-settings.js';
import { ACTIVE_STATUSES, FINISHED_STATUSES, type PostcardStatus } from '../store/postcard-types.js';

const MAX_METADATA_BYTES = 4096;
/** Levels of objects and arrays metadata may nest (`{}` is one): deeper is no client's real need, and thousands overflow JSON.stringify. */
const MAX_METADATA_DEPTH = 10;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((v) => (v === undefined || v === null || v === '' ? null : v));

/** Body of POST /api/v1/postcards/create (and its alias POST /api/v1/postcards). */
export const CreatePostcardBodySchema = z.strictObject(
  {
    prompt: z
      .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') })
      .trim()
      .min(1, 'must not be empty')
      .max(2000, 'must be at most 2000 characters'),
    style: optionalText(100),
    theme: optionalText(100),
    user_id: optionalText(128),
    /** false: compute every step afresh instead of reusing cached results. */
    cache: z.boolean({ error: 'must be true or false' }).default(true),
    /** How each step orders its providers: cost, quality, speed or balanced (or the design document's cost_optimized, quality_first, speed_first). Default: WORKFLOW_STRATEGY. */
    strategy: StrategySchema.optional(),
    metadata: z
      .record(z.string(), z.unknown())
      // Checked without recursion, and first: `abort` keeps the size check's JSON.stringify from ever seeing a deep value.
      .refine((m) => jsonDepth(m, MAX_METADATA_DEPTH) <= MAX_METADATA_DEPTH, {
        message: `must nest at most ${MAX_METADATA_DEPTH} levels of objects and arrays`,
        abort: true,
      })
      .refine((m) => Buffer.byteLength(JSON.stringify(m), 'utf8') <= MAX_METADATA_BYTES, {
        message: `must serialise to at most ${MAX_METADATA_BYTES} bytes of JSON`,
      })
      .nullish()
      .transform((v) => v ?? null),
  },
  { error: (issue) => (issue.code === 'invalid_type' ? 'the request body must be a JSON object' : undefined) },
);
export type CreatePostcardBody = z.infer<typeof CreatePostcardBodySchema>;

/** The optional Idempotency-Key header of a create: a retried request with the same key answers the postcard the first one made. */
export const IdempotencyHeaderSchema = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[\x21-\x7e]{1,200}$/, 'must be 1-200 visible ASCII characters')
    .optional(),
});

export const TaskIdParamsSchema = z.object({
  task_id: z.uuid({ error: 'must be a UUID task id' }),
});

/** Every status a postcard can have, from the store that owns them: the active ones, then the finished ones. */
export const POSTCARD_STATUSES = [...ACTIVE_STATUSES, ...FINISHED_STATUSES] as const;
// The two lists must cover the database's statuses: a status added to the enum but to neither list fails the type check here.
const COVERS_EVERY_STATUS: PostcardStatus extends (typeof POSTCARD_STATUSES)[number] ? true : false = true;
void COVERS_EVERY_STATUS;

export const ListPostcardsQuerySchema = z.strictObject({
  status: z.enum(POSTCARD_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
  user_id: z.string().max(128).optional(),
});
export type ListPostcardsQuery = z.infer<typeof ListPostcardsQuerySchema>;
