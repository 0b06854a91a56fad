import { z } from 'zod';
import { STEP_NAMES } from '../pipeline/catalog.js';
import { STRATEGIES } from '../platform/generation-settings.js';
import { ConceptSchema, CopySchema } from '../providers/contracts.js';
import { PageQualitySchema } from '../providers/shared/page-quality/index.js';
import type { StepRunStatus } from '../store/postcard-types.js';
import { POSTCARD_STATUSES } from './postcard-schemas.js';

/**
 * The postcard API's response bodies, declared once. The presenter's return
 * types are inferred from these schemas, the OpenAPI document is generated
 * from them, and the CLI and the tests parse what the API answers with them,
 * so none of them can drift from what is actually sent.
 */

const step = z.enum(STEP_NAMES);
const timestamp = z.iso.datetime();

/** A step's state as clients see it. RETRYING: the last attempt failed and BullMQ will try again. */
const STEP_VIEW_STATUSES = ['PENDING', 'RUNNING', 'RETRYING', 'SUCCEEDED', 'FAILED', 'SKIPPED'] as const;
export type StepViewStatus = (typeof STEP_VIEW_STATUSES)[number];

/** One attempt's own state, as stored. */
const ATTEMPT_STATUSES = ['RUNNING', 'SUCCEEDED', 'FAILED'] as const satisfies readonly StepRunStatus[];

const UsageSchema = z
  .object({
    input_tokens: z.number().int().min(0),
    output_tokens: z.number().int().min(0),
    images: z.number().int().min(0),
    cost_usd: z.number().nullable().meta({ description: 'estimated USD; null when a model without a known price was called (unknown, not free)' }),
  })
  .meta({ id: 'Usage' });
export type Usage = z.infer<typeof UsageSchema>;

/** A JSON object stored with the postcard or an attempt (metadata, generation parameters). */
const JsonObjectSchema = z.record(z.string(), z.unknown());

const AttemptSchema = z
  .object({
    run: z.number().int().min(1),
    attempt: z.number().int(),
    status: z.enum(ATTEMPT_STATUSES),
    provider: z.string().nullable(),
    model: z.string().nullable(),
    cache_hit: z.boolean(),
    strategy_reason: z.string().nullable(),
    params: JsonObjectSchema.nullable().meta({ description: 'the generation parameters actually sent' }),
    quality_score: z.number().nullable().meta({ description: "0–1 from our own checks of the answer; null for cache hits" }),
    error_kind: z.string().nullable(),
    usage: UsageSchema,
    started_at: timestamp,
    finished_at: timestamp.nullable(),
    duration_ms: z.number().nullable(),
    error: z.string().nullable(),
  })
  .meta({ id: 'StepAttempt' });
export type Attempt = z.infer<typeof AttemptSchema>;

const StepViewSchema = z
  .object({
    name: step,
    label: z.string(),
    status: z.enum(STEP_VIEW_STATUSES),
    attempts: z.number().int().min(0).meta({ description: 'attempts in the current run; 0 when the result is reused from an earlier run' }),
    reused_from_run: z.number().int().nullable(),
    provider: z.string().nullable(),
    model: z.string().nullable(),
    cache_hit: z.boolean(),
    strategy_reason: z.string().nullable().meta({ description: "why the postcard's strategy tried the providers in this order" }),
    started_at: timestamp.nullable(),
    finished_at: timestamp.nullable(),
    duration_ms: z.number().nullable(),
    error: z.string().nullable(),
    usage: UsageSchema,
    history: z.array(AttemptSchema).meta({ description: 'every attempt of every run, oldest first' }),
  })
  .meta({ id: 'PostcardStep' });
export type StepView = z.infer<typeof StepViewSchema>;

/** A finished postcard's results: the stored concept and copy as their step's schema reads them (its defaults fill in fields older rows lack). */
const ResultsSchema = z
  .object({
    concept: ConceptSchema.nullable().meta({ description: 'null only if the stored concept cannot be read' }),
    content: CopySchema.nullable().meta({ description: 'null only if the stored copy cannot be read' }),
    image_url: z.url().nullable(),
    preview_url: z.url(),
  })
  .meta({ id: 'PostcardResults' });

/** GET /api/v1/postcards/status/{task_id}, and the answer to cancel and retry. */
export const StatusResponseSchema = z
  .object({
    task_id: z.uuid(),
    status: z.enum(POSTCARD_STATUSES),
    current_step: step.nullable(),
    progress: z.number().int().min(0).max(100),
    prompt: z.string(),
    style: z.string().nullable(),
    theme: z.string().nullable(),
    metadata: JsonObjectSchema.nullable(),
    user_id: z.string().nullable(),
    steps: z.array(StepViewSchema),
    data: ResultsSchema.nullable().meta({ description: 'the results; null until COMPLETED' }),
    error: z.object({ step: step.nullable(), message: z.string() }).nullable().meta({ description: 'set when FAILED or CANCELLED' }),
    retry_count: z.number().int().min(0),
    cache: z.boolean().meta({ description: 'false: every step computed afresh' }),
    strategy: z.enum(STRATEGIES),
    usage: UsageSchema.meta({ description: 'every attempt of every run: failed calls are billed too' }),
    quality: PageQualitySchema.nullable().meta({ description: "the quality gate's findings on the stored page; null until one is stored" }),
    status_url: z.url(),
    preview_url: z.url(),
    created_at: timestamp,
    updated_at: timestamp,
    started_at: timestamp.nullable(),
    completed_at: timestamp.nullable(),
  })
  .meta({ id: 'PostcardStatus' });
export type StatusResponse = z.infer<typeof StatusResponseSchema>;

/** 202 from POST /api/v1/postcards/create. */
export const CreatedResponseSchema = z
  .object({
    task_id: z.uuid(),
    status: z.enum(POSTCARD_STATUSES).meta({ description: 'PENDING for a new postcard; a replayed Idempotency-Key answers its postcard as it is now' }),
    status_url: z.url(),
    preview_url: z.url(),
  })
  .meta({ id: 'Created' });
export type CreatedResponse = z.infer<typeof CreatedResponseSchema>;

/** One item of GET /api/v1/postcards: the status without steps, results or usage. */
const SummarySchema = z
  .object({
    task_id: z.uuid(),
    status: z.enum(POSTCARD_STATUSES),
    current_step: step.nullable(),
    progress: z.number().int().min(0).max(100),
    prompt: z.string(),
    style: z.string().nullable(),
    theme: z.string().nullable(),
    user_id: z.string().nullable(),
    image_url: z.url().nullable(),
    status_url: z.url(),
    preview_url: z.url(),
    created_at: timestamp,
    completed_at: timestamp.nullable(),
  })
  .meta({ id: 'PostcardSummary' });
export type Summary = z.infer<typeof SummarySchema>;

export const ListPageSchema = z
  .object({
    items: z.array(SummarySchema),
    next_cursor: z.string().nullable().meta({ description: 'pass as `cursor` for the next page; null on the last one' }),
  })
  .meta({ id: 'PostcardPage' });
export type ListPage = z.infer<typeof ListPageSchema>;
