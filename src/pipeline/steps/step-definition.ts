import type { z } from 'zod';
import type { GeneratedImage, Providers, StepContext } from '../../providers/contracts.js';
import type { StepName } from '../catalog.js';
import { StepInputError } from '../errors.js';
import type { AssetWriter } from '../asset-store.js';
import type { PageGate } from '../page-gate.js';
import type { Postcard, ResultColumns } from '../../store/postcard-types.js';

/** What a step may look up while building its input or reading a stored output, besides the postcard row. */
export interface StepLookup {
  imageSize(assetId: string): Promise<{ readonly width: number; readonly height: number } | null>;
  image(assetId: string): Promise<GeneratedImage | null>;
  postcard(taskId: string): Promise<Postcard | null>;
}

/** What a step's run may use besides its provider: work the process does for every provider's answer. */
export interface StepTools {
  readonly pageGate: PageGate;
}

/**
 * One step as plain functions: build the input from persisted predecessors,
 * run the provider, name the columns that store the output. The generic processor in
 * step-processor.ts does the BullMQ and bookkeeping around them.
 */
export interface StepDefinition<I, O> {
  readonly name: StepName;
  input(postcard: Postcard, lookup: StepLookup): Promise<I>;
  run(input: I, providers: Providers, ctx: StepContext, tools: StepTools): Promise<O>;
  /** Writes what the output points at (an image asset), and returns the postcard columns that hold it. */
  persist(save: AssetWriter, output: O): Promise<ResultColumns>;
  /** Reads this step's output back from a postcard that stored it (a cache hit), or null. */
  stored(postcard: Postcard, lookup: StepLookup): Promise<O | null>;
}

/** Reads a predecessor's persisted JSON result, or explains why it cannot. */
export function persisted<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  if (value === null || value === undefined) throw new StepInputError(`${what} is missing: its step has not stored a result`);
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new StepInputError(`${what} is malformed: ${parsed.error.message}`, { cause: parsed.error });
  return parsed.data;
}

/** A stored JSON result, or null when absent or no longer valid (then the cache entry is simply a miss). */
export function storedJson<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function requestOf(postcard: Postcard) {
  return { prompt: postcard.userInput, style: postcard.style, theme: postcard.theme };
}
