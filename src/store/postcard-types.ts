import type { PostcardStatus as DbPostcardStatus, StepName as DbStepName } from '../generated/prisma/enums.js';

/**
 * The postcard as the rest of the service sees it. These are our types, not
 * Prisma's: the store maps rows to them (numbers for decimals, no row ids), so
 * that the pipeline, the presenter and the in-memory fake share one shape.
 */
export type PostcardStatus = DbPostcardStatus;
/** The database's list of steps; the pipeline catalog orders them and checks that it names the same ones. */
export type StepName = DbStepName;
export type StepRunStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED';

/** The built-in user that owns every postcard made in AUTH_MODE=open (and rows written without an owner). */
export const ANONYMOUS_USER_ID = '00000000-0000-0000-0000-000000000000';

/** The host-free path stored in postcards.preview_url; the API makes it a URL when it serves it. */
export const previewPath = (taskId: string): string => `/preview/${taskId}`;

export const ACTIVE_STATUSES = ['PENDING', 'PROCESSING'] as const satisfies readonly PostcardStatus[];
export const FINISHED_STATUSES = ['COMPLETED', 'FAILED', 'CANCELLED'] as const satisfies readonly PostcardStatus[];

export const isActive = (status: PostcardStatus): boolean => (ACTIVE_STATUSES as readonly PostcardStatus[]).includes(status);

export interface Postcard {
  readonly taskId: string;
  readonly status: PostcardStatus;
  /** The owner (users.id); ANONYMOUS_USER_ID in AUTH_MODE=open. */
  readonly userId: string;
  readonly userInput: string;
  readonly style: string | null;
  readonly theme: string | null;
  readonly metadata: unknown;
  readonly useCache: boolean;
  readonly strategy: string;
  /** 1 for the first flow; each retry starts a new run, so step runs of different runs never collide. */
  readonly run: number;
  readonly currentStep: StepName | null;
  readonly progress: number;
  /** Each step's stored result (JSON read back as it was written; the steps parse it). */
  readonly concept: unknown;
  readonly content: unknown;
  readonly imageAssetId: string | null;
  /** Host-free (`/api/v1/assets/<sha256>`); the API makes it absolute when it serves it. */
  readonly imageUrl: string | null;
  readonly frontendCode: string | null;
  readonly quality: unknown;
  /** Host-free (`/preview/<task_id>`). */
  readonly previewUrl: string | null;
  readonly errorStep: StepName | null;
  readonly errorMessage: string | null;
  readonly retryCount: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly startedAt: Date | null;
  readonly completedAt: Date | null;
}

/** One attempt of one step of one run. */
export interface StepRun {
  readonly run: number;
  readonly step: StepName;
  readonly attempt: number;
  readonly status: StepRunStatus;
  readonly provider: string | null;
  readonly jobId: string | null;
  readonly startedAt: Date;
  readonly finishedAt: Date | null;
  readonly durationMs: number | null;
  readonly error: string | null;
  readonly retryable: boolean | null;
  readonly cacheHit: boolean;
  readonly model: string | null;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly images: number;
  /** Null: a model without a known price was called (unknown, never 0). */
  readonly costUsd: number | null;
  readonly strategyReason: string | null;
  readonly params: unknown;
  readonly qualityScore: number | null;
  readonly errorKind: string | null;
}

export type PostcardWithSteps = Postcard & { readonly stepRuns: readonly StepRun[] };

/** What a client asked for; the store fills in the rest (PENDING, run 1, timestamps). */
export interface NewPostcard {
  readonly taskId: string;
  readonly userInput: string;
  readonly style: string | null;
  readonly theme: string | null;
  /** The owner (users.id). */
  readonly userId: string;
  readonly useCache: boolean;
  readonly strategy: string;
  /** A JSON object from the request body, or null. */
  readonly metadata: Readonly<Record<string, unknown>> | null;
  /** Host-free (`/preview/<task_id>`): URLs are built when served. */
  readonly previewUrl: string;
}

/** Addresses one attempt: the processor's unit of idempotency, because BullMQ delivers at least once. */
export interface StepKey {
  readonly taskId: string;
  readonly run: number;
  readonly step: StepName;
  readonly attempt: number;
}

/** The postcard columns one step's result fills; those left undefined keep their value. */
export interface ResultColumns {
  readonly concept?: unknown;
  readonly content?: unknown;
  readonly imageAssetId?: string;
  /** Host-free (`/api/v1/assets/<sha256>`), as the page refers to it. */
  readonly imageUrl?: string;
  readonly frontendCode?: string;
  /** The quality gate's findings on frontendCode. */
  readonly quality?: unknown;
}

/** What one attempt used: who answered, from the cache or not, tokens, images, estimated cost, and how it was routed and asked. */
export interface AttemptRecord {
  readonly provider: string;
  readonly model: string | null;
  readonly cacheHit: boolean;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly images: number;
  /** Null: a model without a known price was called. */
  readonly costUsd: number | null;
  /** Why the strategy tried providers in this order; null when no strategy ran (cache hit, caller-supplied providers). */
  readonly strategyReason: string | null;
  /** The parameters of the last request, with `repaired`/`truncated` flags; null when no request was made. */
  readonly params: Readonly<Record<string, unknown>> | null;
  /** 0..1 from our checks of the answer; null when nothing was checked. */
  readonly qualityScore: number | null;
  /** The ProviderError kind of a failure. */
  readonly errorKind: string | null;
}

export interface AttemptFailure {
  readonly message: string;
  readonly retryable: boolean;
  /** True when no further attempt will run: the postcard becomes FAILED. */
  readonly final: boolean;
}
