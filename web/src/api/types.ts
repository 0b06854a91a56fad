/**
 * The public API's bodies, as the studio reads them. They mirror the zod
 * schemas of src/postcards/postcard-responses.ts, which the browser bundle
 * cannot import (they pull in the server); test/unit/studio-api-types.test.ts
 * fails the type check when a server response no longer fits these types.
 * Only what the studio reads is named here.
 */

export const POSTCARD_STATUSES = ['PENDING', 'PROCESSING', 'COMPLETED', 'FAILED', 'CANCELLED'] as const;
export type PostcardStatus = (typeof POSTCARD_STATUSES)[number];

export const STEP_NAMES = ['concept', 'content', 'image', 'code'] as const;
export type StepName = (typeof STEP_NAMES)[number];

export type StepStatus = 'PENDING' | 'RUNNING' | 'RETRYING' | 'SUCCEEDED' | 'FAILED' | 'SKIPPED';

/** src/platform/generation-settings.ts, STRATEGIES. */
export const STRATEGIES = ['balanced', 'quality', 'speed', 'cost'] as const;
export type Strategy = (typeof STRATEGIES)[number];

export const isActive = (status: PostcardStatus): boolean => status === 'PENDING' || status === 'PROCESSING';

export interface Usage {
  readonly input_tokens: number;
  readonly output_tokens: number;
  readonly images: number;
  readonly cost_usd: number | null;
}

export interface Attempt {
  readonly run: number;
  readonly attempt: number;
  readonly status: 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  readonly provider: string | null;
  readonly model: string | null;
  readonly cache_hit: boolean;
  readonly error_kind: string | null;
  readonly started_at: string;
  readonly finished_at: string | null;
  readonly duration_ms: number | null;
  readonly error: string | null;
}

export interface Step {
  readonly name: StepName;
  readonly label: string;
  readonly status: StepStatus;
  readonly attempts: number;
  readonly reused_from_run: number | null;
  readonly provider: string | null;
  readonly model: string | null;
  readonly cache_hit: boolean;
  readonly started_at: string | null;
  readonly finished_at: string | null;
  readonly duration_ms: number | null;
  readonly error: string | null;
  readonly usage: Usage;
  readonly history: readonly Attempt[];
  /** RETRYING only: when BullMQ tries again. */
  readonly next_attempt_at: string | null;
}

export interface Concept {
  readonly theme: string;
  readonly occasion: string;
  readonly language: string;
  readonly emotional_tone: string;
  readonly visual_style: string;
  readonly palette: readonly string[];
  readonly motifs: readonly string[];
  readonly copy_direction: string;
  readonly audience: string;
}

export interface Copy {
  readonly title: string;
  readonly subtitle: string;
  readonly body: string;
  readonly signature: string;
}

export interface Results {
  readonly concept: Concept | null;
  readonly content: Copy | null;
  readonly image_url: string | null;
  readonly preview_url: string;
  /** The page exactly as preview_url serves it: untrusted, only ever shown sandboxed. */
  readonly frontend_code: string | null;
}

/** Each step's stored result as soon as it exists, whatever the status. */
export interface ResultsSoFar {
  readonly concept: Concept | null;
  readonly content: Copy | null;
  readonly image_url: string | null;
}

/** The facts behind a FAILED or CANCELLED postcard's `error` sentence. */
export interface ErrorDetail {
  readonly reason: 'failed' | 'timeout' | 'cancelled';
  readonly message: string;
  /** Attempts error_step made in the run that stopped. */
  readonly attempts: number;
  /** The last attempt's provider error kind (src/providers/provider-error.ts), or null. */
  readonly error_kind: string | null;
  readonly retryable: boolean | null;
  readonly provider: string | null;
}

/** GET /api/v1/postcards/status/{task_id}, and the answer to cancel and retry. */
export interface PostcardView {
  readonly task_id: string;
  readonly status: PostcardStatus;
  readonly current_step: StepName | null;
  readonly progress: number;
  readonly prompt: string;
  readonly style: string | null;
  readonly theme: string | null;
  readonly steps: readonly Step[];
  readonly data: Results | null;
  readonly results: ResultsSoFar;
  /** FAILED or CANCELLED: what happened, in plain English. */
  readonly error: string | null;
  readonly error_step: StepName | null;
  readonly error_detail: ErrorDetail | null;
  readonly retry_count: number;
  readonly strategy: Strategy;
  readonly usage: Usage;
  readonly status_url: string;
  readonly preview_url: string;
  readonly created_at: string;
  readonly updated_at: string;
  readonly started_at: string | null;
  readonly completed_at: string | null;
}

/** 202 from POST /api/v1/postcards/create. */
export interface Created {
  readonly task_id: string;
  readonly status: PostcardStatus;
  readonly status_url: string;
  readonly preview_url: string;
}

/** One item of GET /api/v1/postcards. */
export interface Summary {
  readonly task_id: string;
  readonly status: PostcardStatus;
  readonly current_step: StepName | null;
  readonly progress: number;
  readonly prompt: string;
  readonly style: string | null;
  readonly theme: string | null;
  readonly image_url: string | null;
  readonly preview_url: string;
  readonly created_at: string;
  readonly completed_at: string | null;
}

export interface ListPage {
  readonly items: readonly Summary[];
  readonly next_cursor: string | null;
}

/** The body of POST /api/v1/postcards/create that the studio sends. */
export interface CreateBody {
  readonly prompt: string;
  readonly style?: string;
  readonly theme?: string;
  readonly strategy?: Strategy;
  readonly cache?: boolean;
}

/** Every error: `{ error: { code, message, details } }`. */
export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly details?: unknown };
}

/** How long a step recently took (GET /api/v1/postcards/timings, read by timings.ts), as the studio uses it. */
export interface StepTiming {
  readonly medianMs: number;
  readonly p90Ms: number;
  readonly samples: number;
}
export type Timings = Readonly<Partial<Record<StepName, StepTiming>>>;
