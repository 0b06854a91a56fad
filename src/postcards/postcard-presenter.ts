import type { CapabilityLinks } from '../auth/capability-links.js';
import { previewPath, type Postcard, type PostcardWithSteps, type StepRun } from '../store/postcard-types.js';
import type { ImageInfo } from '../pipeline/asset-store.js';
import { PIPELINE, STEP_NAMES, stepJobId, type StepName } from '../pipeline/catalog.js';
import { retryDelayMs } from '../pipeline/step-failure.js';
import { imageStep } from '../pipeline/steps/image-step.js';
import type { z } from 'zod';
import { ConceptSchema, CopySchema } from '../providers/contracts.js';
import { PageQualitySchema } from '../providers/shared/page-quality/index.js';
import { presentFailure } from './postcard-failure.js';
import {
  StatusResponseSchema,
  type Attempt,
  type ImageMetadata,
  type StatusResponse,
  type StepView,
  type StepViewStatus,
  type Summary,
  type Usage,
} from './postcard-responses.js';
import { pageAsServed } from './served-page.js';

/**
 * The URLs clients see, built from PUBLIC_BASE_URL (previews: PREVIEW_BASE_URL
 * when set) when they are served. PostgreSQL holds only host-free paths
 * (`/api/v1/assets/<sha256>` in image_url and inside the stored page,
 * `/preview/<task_id>`), so that moving the service to another host, or its
 * previews to a host of their own, keeps every old postcard whole.
 */
export interface UrlBuilder {
  statusUrl(taskId: string): string;
  previewUrl(taskId: string): string;
  /** A stored image path as a URL of this deployment; null stays null. */
  imageUrl(storedPath: string | null): string | null;
}


// A row written by a worker of the release before pages were host-free (during a rolling deploy).
const ABSOLUTE = /^https?:\/\//i;

const ASSET_PATH = /^\/api\/v1\/assets\/([0-9a-f]{64})$/;

/**
 * `links`, in AUTH_MODE=keys: preview and image URLs carry a signature
 * (capability links anyone holding them may open, and nobody can guess).
 */
export function createUrlBuilder(
  { publicBaseUrl, previewBaseUrl }: { readonly publicBaseUrl: string; readonly previewBaseUrl: string | null },
  links?: Pick<CapabilityLinks, 'preview' | 'asset'>,
): UrlBuilder {
  return {
    statusUrl: (taskId) => `${publicBaseUrl}/api/v1/postcards/status/${taskId}`,
    // Only the page moves to the preview origin; its image stays an API asset (the preview's CSP names it).
    previewUrl: (taskId) => `${previewBaseUrl ?? publicBaseUrl}${previewPath(taskId)}${links?.preview(taskId) ?? ''}`,
    // Concatenated, not new URL(path, base): a PUBLIC_BASE_URL behind a proxy may carry a path prefix.
    imageUrl(storedPath) {
      if (storedPath === null || ABSOLUTE.test(storedPath)) return storedPath;
      const asset = ASSET_PATH.exec(storedPath)?.[1];
      return `${publicBaseUrl}${storedPath}${asset === undefined ? '' : (links?.asset(asset) ?? '')}`;
    },
  };
}

/** What a status needs besides the postcard and its step runs. */
export interface StatusContext {
  readonly urls: UrlBuilder;
  /** AI_WORKFLOW_BACKOFF_MS: when a RETRYING step runs again. */
  readonly backoffMs: number;
  /** A COMPLETED postcard's stored illustration (type and size); looked up for no other status. */
  readonly image: ImageInfo | null;
}

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

/** Stored JSON that should be an object (metadata, generation parameters); anything else is shown as null. */
const jsonObject = (stored: unknown): Record<string, unknown> | null =>
  typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? { ...stored } : null;

function usageOf(runs: readonly StepRun[]): Usage {
  const total: Usage = { input_tokens: 0, output_tokens: 0, images: 0, cost_usd: 0 };
  for (const r of runs) {
    total.input_tokens += r.inputTokens;
    total.output_tokens += r.outputTokens;
    total.images += r.images;
    total.cost_usd = r.costUsd === null || total.cost_usd === null ? null : total.cost_usd + r.costUsd;
  }
  total.cost_usd = total.cost_usd === null ? null : Math.round(total.cost_usd * 1e6) / 1e6;
  return total;
}

function presentAttempt(r: StepRun): Attempt {
  return {
    run: r.run,
    attempt: r.attempt,
    status: r.status,
    provider: r.provider,
    model: r.model,
    cache_hit: r.cacheHit,
    strategy_reason: r.strategyReason,
    params: jsonObject(r.params),
    quality_score: r.qualityScore,
    error_kind: r.errorKind,
    usage: usageOf([r]),
    started_at: r.startedAt.toISOString(),
    finished_at: iso(r.finishedAt),
    duration_ms: r.durationMs,
    error: r.error,
  };
}

/** When BullMQ runs a failed attempt's step again: the delay its backoff computes, from the same job id and attempt. */
function nextAttemptAt(postcard: Postcard, failed: StepRun, backoffMs: number): string | null {
  if (failed.finishedAt === null) return null;
  return new Date(failed.finishedAt.getTime() + retryDelayMs(backoffMs, stepJobId(postcard.taskId, failed.step, failed.run), failed.attempt)).toISOString();
}

function presentStep(postcard: Postcard, step: StepName, runs: readonly StepRun[], backoffMs: number): StepView {
  let current = runs.filter((r) => r.step === step && r.run === postcard.run);
  // A retry starts at the step that failed; earlier steps keep their result from an earlier run.
  const reused = current.length === 0 ? runs.filter((r) => r.step === step && r.status === 'SUCCEEDED').at(-1) : undefined;
  if (reused !== undefined) current = [reused];
  const latest = current.at(-1);
  const active = postcard.status === 'PENDING' || postcard.status === 'PROCESSING';
  let status: StepViewStatus = 'PENDING';
  if (latest?.status === 'RUNNING') status = active ? 'RUNNING' : 'FAILED';
  else if (latest?.status === 'SUCCEEDED') status = 'SUCCEEDED';
  else if (latest?.status === 'FAILED') status = active ? 'RETRYING' : 'FAILED';
  else if (!active) status = 'SKIPPED';
  return {
    name: step,
    label: PIPELINE[step].label,
    status,
    attempts: reused === undefined ? current.length : 0,
    reused_from_run: reused?.run ?? null,
    provider: latest?.provider ?? null,
    started_at: iso(current[0]?.startedAt ?? null),
    finished_at: status === 'SUCCEEDED' || status === 'FAILED' ? iso(latest?.finishedAt ?? null) : null,
    duration_ms: status === 'SUCCEEDED' ? (latest?.durationMs ?? null) : null,
    error: latest?.status === 'FAILED' ? latest.error : null,
    next_attempt_at: status === 'RETRYING' && latest !== undefined ? nextAttemptAt(postcard, latest, backoffMs) : null,
    model: latest?.model ?? null,
    cache_hit: latest?.cacheHit ?? false,
    strategy_reason: latest?.strategyReason ?? null,
    usage: usageOf(current),
    history: runs.filter((r) => r.step === step).map(presentAttempt),
  };
}

/**
 * Stored JSON read with the schema its step wrote it with. A value that does
 * not read (none yet, or a row older than the schema) is shown as null rather
 * than failing the whole status.
 */
function readStored<S extends z.ZodType>(schema: S, stored: unknown): z.output<S> | null {
  const parsed = schema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/**
 * How the stored illustration was made: the prompt and the model recorded
 * with the attempt that produced it (a cache hit records those of the
 * attempt it reused), and its type and size as stored.
 */
function imageMetadata(postcard: PostcardWithSteps, image: ImageInfo | null): ImageMetadata | null {
  if (image === null) return null;
  const made = postcard.stepRuns.filter((r) => r.step === imageStep.name && r.status === 'SUCCEEDED').at(-1);
  const params = jsonObject(made?.params) ?? {};
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    prompt: text(params['prompt']),
    size: `${image.width}x${image.height}`,
    width: image.width,
    height: image.height,
    model: made?.cacheHit === true ? text(params['model']) : (made?.model ?? null),
    provider: made?.cacheHit === true ? text(params['provider']) : (made?.provider ?? null),
    content_type: image.contentType,
  };
}

export function presentStatus(postcard: PostcardWithSteps, { urls, backoffMs, image }: StatusContext): StatusResponse {
  const completed = postcard.status === 'COMPLETED';
  const imageUrl = urls.imageUrl(postcard.imageUrl);
  const concept = readStored(ConceptSchema, postcard.concept);
  const content = readStored(CopySchema, postcard.content);
  return {
    task_id: postcard.taskId,
    status: postcard.status,
    current_step: postcard.currentStep,
    progress: completed ? 100 : postcard.progress,
    prompt: postcard.userInput,
    style: postcard.style,
    theme: postcard.theme,
    metadata: jsonObject(postcard.metadata),
    user_id: postcard.userId,
    steps: STEP_NAMES.map((step) => presentStep(postcard, step, postcard.stepRuns, backoffMs)),
    data: completed
      ? {
          concept,
          content,
          image_url: imageUrl,
          preview_url: urls.previewUrl(postcard.taskId),
          // The page as GET /preview/{task_id} serves it, its image at this deployment's (signed) URL.
          frontend_code: postcard.frontendCode === null ? null : pageAsServed(postcard.frontendCode, postcard.imageUrl, imageUrl),
          image_metadata: imageMetadata(postcard, image),
        }
      : null,
    // Kept in the store from the step that made them, also across a retry that reuses them.
    results: { concept, content, image_url: imageUrl },
    ...presentFailure(postcard),
    retry_count: postcard.retryCount,
    cache: postcard.useCache,
    // Stored as text; only StrategySchema's canonical names are ever written.
    strategy: StatusResponseSchema.shape.strategy.parse(postcard.strategy),
    // Every attempt of every run counts: failed calls are billed too.
    usage: usageOf(postcard.stepRuns),
    // What the quality gate found on the stored page; null before the code step stored one.
    quality: readStored(PageQualitySchema, postcard.quality),
    status_url: urls.statusUrl(postcard.taskId),
    preview_url: urls.previewUrl(postcard.taskId),
    created_at: postcard.createdAt.toISOString(),
    updated_at: postcard.updatedAt.toISOString(),
    started_at: iso(postcard.startedAt),
    completed_at: iso(postcard.completedAt),
  };
}

export function presentSummary(postcard: Postcard, urls: UrlBuilder): Summary {
  return {
    task_id: postcard.taskId,
    status: postcard.status,
    current_step: postcard.currentStep,
    progress: postcard.status === 'COMPLETED' ? 100 : postcard.progress,
    prompt: postcard.userInput,
    style: postcard.style,
    theme: postcard.theme,
    user_id: postcard.userId,
    image_url: urls.imageUrl(postcard.imageUrl),
    status_url: urls.statusUrl(postcard.taskId),
    preview_url: urls.previewUrl(postcard.taskId),
    created_at: postcard.createdAt.toISOString(),
    completed_at: iso(postcard.completedAt),
  };
}
