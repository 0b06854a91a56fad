import { z } from 'zod';
import type { JobsOptions } from 'bullmq';
import type { Config, ProviderRole } from '../platform/config.js';
import type { StepName as StoredStepName } from '../store/postcard-types.js';
import { stepOrder } from '../store/step-order.js';

/**
 * The pipeline, declared once. Queue names, job payloads, flow construction,
 * worker options and Bull Board registration are all derived from this table;
 * no step or queue name is written anywhere else.
 *
 * Order matters: each step runs after the one before it. In the BullMQ flow
 * the last step is the root and the first step is the deepest child, because
 * BullMQ runs children before their parent.
 */
export const STEP_NAMES = ['concept', 'content', 'image', 'code'] as const;
export type StepName = (typeof STEP_NAMES)[number];
// The database's StepName enum must name exactly these steps: a migration adding a
// step without a catalog entry (or the reverse) fails the type check here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const CATALOG_MATCHES_DATABASE: Same<StepName, StoredStepName> = true;
void CATALOG_MATCHES_DATABASE;

/** The order the postcard store uses for progress, completion and resuming. */
export const STEP_ORDER = stepOrder(STEP_NAMES);

export interface StepSpec {
  /** BullMQ queue name (the QUEUE_PREFIX is applied separately). */
  readonly queue: string;
  /** Human label for logs, the CLI and Bull Board. */
  readonly label: string;
  /** Which provider family serves this step. */
  readonly provider: 'text' | 'image' | 'code';
  /** Upper bound on one attempt; the step's AbortSignal fires after it. */
  readonly timeoutMs: number;
}

export const PIPELINE: { readonly [K in StepName]: StepSpec } = {
  concept: { queue: 'concept', label: 'Concept', provider: 'text', timeoutMs: 60_000 },
  content: { queue: 'content', label: 'Copy', provider: 'text', timeoutMs: 60_000 },
  image: { queue: 'image', label: 'Illustration', provider: 'image', timeoutMs: 120_000 },
  code: { queue: 'code', label: 'HTML postcard', provider: 'code', timeoutMs: 180_000 },
};

/** Name of the custom BullMQ backoff strategy every step uses (implemented in step-failure.ts). */
export const PROVIDER_AWARE_BACKOFF = 'provider-aware';

/** The job payload of every step: just enough to find the postcard's row. */
export const StepJobDataSchema = z.object({
  taskId: z.uuid(),
  /** The postcard's run (1 for the first flow; retries start a new run). */
  run: z.number().int().min(1),
});
export type StepJobData = z.infer<typeof StepJobDataSchema>;

/** What a step returns through Redis: a reference, never images or HTML. */
export const StepJobResultSchema = z.object({
  taskId: z.uuid(),
  step: z.enum(STEP_NAMES),
  skipped: z.boolean().optional(),
});
export type StepJobResult = z.infer<typeof StepJobResultSchema>;

export function previousStep(step: StepName): StepName | undefined {
  return STEP_NAMES[STEP_ORDER.index(step) - 1];
}

export const isLastStep = (step: StepName): boolean => STEP_ORDER.isLast(step);

/** Deterministic job id: re-adding the same flow is a no-op in BullMQ. */
export function stepJobId(taskId: string, step: StepName, run: number): string {
  return `${taskId}.${step}.${run}`;
}

export function stepForQueue(queueName: string): StepName | undefined {
  return STEP_NAMES.find((step) => PIPELINE[step].queue === queueName);
}

/**
 * Per provider family, the longest timeout among the steps it serves. The
 * composition root hands these to the provider factory, so providers never
 * import the pipeline that sits above them.
 */
export function providerTimeouts(): { readonly [R in ProviderRole]: number } {
  const longest = (role: ProviderRole) => Math.max(...STEP_NAMES.filter((step) => PIPELINE[step].provider === role).map((step) => PIPELINE[step].timeoutMs));
  return { text: longest('text'), image: longest('image'), code: longest('code') };
}

/**
 * Job options for one node of the flow. They are set on every node, because a
 * Queue's defaultJobOptions do not apply to jobs that a FlowProducer adds.
 */
export function stepJobOptions(step: StepName, pipeline: Config['pipeline']): JobsOptions {
  return {
    attempts: pipeline.attempts,
    // Exponential with jitter, so a burst of failures does not retry in lockstep,
    // and never sooner than a provider's Retry-After (see providerAwareBackoff).
    backoff: { type: PROVIDER_AWARE_BACKOFF, delay: pipeline.backoffMs },
    removeOnComplete: { count: pipeline.keepCompletedJobs },
    removeOnFail: { count: pipeline.keepFailedJobs },
    // A child that has used up its attempts fails its parent, and so on up to
    // the root, so the whole flow stops and the root's failure is observable.
    ...(isLastStep(step) ? {} : { failParentOnFailure: true }),
  };
}
