import type { z } from 'zod';
import type { Providers, StepContext } from '../../providers/contracts.js';
import type { StepName } from '../catalog.js';
import { StepInputError } from '../errors.js';
import type { PostcardRow, Tx } from '../step-store.js';

/** What a step may look up while building its input, besides the postcard row. */
export interface StepLookup {
  imageSize(assetId: string): Promise<{ readonly width: number; readonly height: number } | null>;
}

export interface StepEnv {
  /** Absolute base for URLs embedded in results (image URL in the HTML). */
  readonly publicBaseUrl: string;
}

/**
 * One step as plain functions: build the input from persisted predecessors,
 * run the provider, persist the output. The generic processor in
 * step-processor.ts does the BullMQ and bookkeeping around them.
 */
export interface StepDefinition<I, O> {
  readonly name: StepName;
  providerName(providers: Providers): string;
  input(postcard: PostcardRow, lookup: StepLookup): Promise<I>;
  run(input: I, providers: Providers, ctx: StepContext): Promise<O>;
  persist(tx: Tx, postcard: PostcardRow, output: O, env: StepEnv): Promise<void>;
}

/** Reads a predecessor's persisted JSON result, or explains why it cannot. */
export function persisted<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  if (value === null || value === undefined) throw new StepInputError(`${what} is missing: its step has not stored a result`);
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new StepInputError(`${what} is malformed: ${parsed.error.message}`, { cause: parsed.error });
  return parsed.data;
}

export function requestOf(postcard: PostcardRow) {
  return { prompt: postcard.userInput, style: postcard.style, theme: postcard.theme };
}
