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
    next_attempt_at: timestamp.nullable().meta({
      description:
        "RETRYING only: when BullMQ tries again (the failed attempt's end plus the step's backoff from AI_WORKFLOW_BACKOFF_MS); a provider's Retry-After or busy workers can make it later",
    }),
    usage: UsageSchema,
    history: z.array(AttemptSchema).meta({ description: 'every attempt of every run, oldest first' }),
  })
  .meta({ id: 'PostcardStep' });
export type StepView = z.infer<typeof StepViewSchema>;

/** How the illustration was made and what it is: recorded when it was generated, read from the stored image. */
const ImageMetadataSchema = z
  .object({
    prompt: z.string().nullable().meta({
      description: 'the prompt the image provider was given (the offline illustrator: what it drew, in words); null for images made before it was recorded',
    }),
    size: z.string().regex(/^\d+x\d+$/).meta({ description: 'WIDTHxHEIGHT in pixels, e.g. 1024x1024' }),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    model: z.string().nullable().meta({ description: 'the model that made it (for a cached result, the one that made the original)' }),
    provider: z.string().nullable(),
    content_type: z.string().meta({ description: 'image/png, image/jpeg, image/webp or image/svg+xml' }),
  })
  .meta({ id: 'ImageMetadata' });
export type ImageMetadata = z.infer<typeof ImageMetadataSchema>;

/** A finished postcard's results: the stored concept and copy as their step's schema reads them (its defaults fill in fields older rows lack). */
const ResultsSchema = z
  .object({
    concept: ConceptSchema.nullable().meta({ description: 'null only if the stored concept cannot be read' }),
    content: CopySchema.nullable().meta({ description: 'null only if the stored copy cannot be read' }),
    image_url: z.url().nullable(),
    preview_url: z.url(),
    frontend_code: z.string().nullable().meta({
      description: 'the HTML page exactly as GET /preview/{task_id} serves it (its image at image_url); untrusted generated content: show it only sandboxed, as preview_url is',
    }),
    image_metadata: ImageMetadataSchema.nullable().meta({ description: 'null only if the stored image cannot be found' }),
  })
  .meta({ id: 'PostcardResults' });

/**
 * Each step's stored result as soon as it exists, whatever the status: a
 * client shows the concept and the copy while the picture is still being
 * painted. `data` (the design document's field) stays null until COMPLETED.
 */
const ResultsSoFarSchema = z
  .object({
    concept: ConceptSchema.nullable().meta({ description: 'null until the concept step stored one' }),
    content: CopySchema.nullable().meta({ description: 'null until the copy step stored one' }),
    image_url: z.url().nullable().meta({ description: 'null until the illustration step stored one' }),
  })
  .meta({ id: 'PostcardResultsSoFar' });

/** Why a postcard stopped: `failed` (a step gave up), `timeout` (a deadline passed), `cancelled` (a client cancelled it). */
export const FAILURE_REASONS = ['failed', 'timeout', 'cancelled'] as const;

const ErrorDetailSchema = z
  .object({
    reason: z.enum(FAILURE_REASONS),
    message: z.string().meta({ description: 'the stored error message, as the worker or the reconciler wrote it' }),
    attempts: z.number().int().min(0).meta({ description: "attempts the step (error_step) made in the run that stopped; 0 when it never started" }),
    error_kind: z.string().nullable().meta({ description: "the last attempt's provider error kind (rate_limit, safety, timeout, …); null when it was not a provider's error" }),
    retryable: z.boolean().nullable().meta({ description: 'whether the last attempt failed in a way worth retrying; null when unknown' }),
    provider: z.string().nullable().meta({ description: 'the provider of the last attempt' }),
  })
  .meta({ id: 'PostcardErrorDetail' });
export type ErrorDetail = z.infer<typeof ErrorDetailSchema>;

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
    results: ResultsSoFarSchema,
    error: z.string().nullable().meta({
      description: 'FAILED or CANCELLED: what happened, in plain words (e.g. "The illustration step failed after 3 attempts: the image service is busy (rate limited)."); null otherwise',
    }),
    error_step: step.nullable().meta({ description: 'the step it stopped at; null when it stopped before any step, or otherwise' }),
    error_detail: ErrorDetailSchema.nullable().meta({ description: 'FAILED or CANCELLED: the raw facts behind `error`; null otherwise' }),
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

/** One step's recent durations, for a client's estimate of the time left. */
const StepTimingSchema = z
  .object({
    name: step,
    label: z.string(),
    samples: z.number().int().min(0).meta({ description: 'SUCCEEDED attempts in the window that called a provider (cache hits apart)' }),
    median_ms: z.number().int().nullable().meta({ description: 'null without samples' }),
    p90_ms: z.number().int().nullable(),
    cache_hit: z
      .object({ samples: z.number().int().min(0), median_ms: z.number().int().nullable() })
      .meta({ description: 'the same for results reused from the cache, which take a fraction of the time' }),
  })
  .meta({ id: 'StepTiming' });

/** GET /api/v1/postcards/timings: every postcard's recent step durations; no user data. */
export const TimingsResponseSchema = z
  .object({
    window_hours: z.number().int().positive(),
    computed_at: timestamp.meta({ description: 'when these figures were read; each API process keeps them for about 30 s' }),
    steps: z.array(StepTimingSchema).meta({ description: 'every step, in pipeline order' }),
  })
  .meta({ id: 'StepTimings' });
export type TimingsResponse = z.infer<typeof TimingsResponseSchema>;
