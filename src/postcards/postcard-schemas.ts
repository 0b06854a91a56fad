import { z } from 'zod';
import { StrategySchema } from '../platform/generation-settings.js';

const MAX_METADATA_BYTES = 4096;

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
      .refine((m) => Buffer.byteLength(JSON.stringify(m), 'utf8') <= MAX_METADATA_BYTES, {
        message: `must serialise to at most ${MAX_METADATA_BYTES} bytes of JSON`,
      })
      .nullish()
      .transform((v) => v ?? null),
  },
  { error: (issue) => (issue.code === 'invalid_type' ? 'the request body must be a JSON object' : undefined) },
);
export type CreatePostcardBody = z.infer<typeof CreatePostcardBodySchema>;

export const TaskIdParamsSchema = z.object({
  task_id: z.uuid({ error: 'must be a UUID task id' }),
});

export const POSTCARD_STATUSES = ['PENDING', 'PROCESSING', 'COMPLETED', 'FAILED', 'CANCELLED'] as const;
export type PostcardStatus = (typeof POSTCARD_STATUSES)[number];

export const ListPostcardsQuerySchema = z.strictObject({
  status: z.enum(POSTCARD_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
  user_id: z.string().max(128).optional(),
});
export type ListPostcardsQuery = z.infer<typeof ListPostcardsQuerySchema>;
