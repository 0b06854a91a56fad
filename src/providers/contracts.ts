import { z } from 'zod';
import type { CallParams, CheckOutcome, SentParams } from './generation-params.js';

/**
 * What every provider family (local, Gemini, Claude, …) must produce. The same
 * zod schemas validate the offline providers' output and, later, the real
 * models' structured output, so a step never stores something malformed.
 */

export const OCCASIONS = [
  'birthday',
  'new_year',
  'spring_festival',
  'thanks',
  'love',
  'congratulations',
  'travel',
  'get_well',
  'general',
] as const;
export type Occasion = (typeof OCCASIONS)[number];

export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a #rrggbb colour');

/** What the client asked for, as the steps see it. */
export const PostcardRequestSchema = z.object({
  prompt: z.string().min(1).max(2000),
  style: z.string().max(100).nullable(),
  theme: z.string().max(100).nullable(),
});
export type PostcardRequest = z.infer<typeof PostcardRequestSchema>;

export const ConceptSchema = z.object({
  theme: z.string().min(1).max(200),
  occasion: z.enum(OCCASIONS),
  language: z.enum(LANGUAGES),
  emotional_tone: z.string().min(1).max(200),
  visual_style: z.string().min(1).max(300),
  palette: z.array(hexColor).min(3).max(6),
  motifs: z.array(z.string().min(1).max(60)).min(1).max(8),
  copy_direction: z.string().min(1).max(500),
  audience: z.string().min(1).max(200),
});
export type Concept = z.infer<typeof ConceptSchema>;

export const CopySchema = z.object({
  title: z.string().min(1).max(80),
  subtitle: z.string().min(1).max(160),
  body: z.string().min(1).max(1200),
  signature: z.string().min(1).max(80),
});
export type Copy = z.infer<typeof CopySchema>;

export const IMAGE_CONTENT_TYPES = ['image/svg+xml', 'image/png', 'image/jpeg', 'image/webp'] as const;
export type ImageContentType = (typeof IMAGE_CONTENT_TYPES)[number];

export const GeneratedImageSchema = z.object({
  contentType: z.enum(IMAGE_CONTENT_TYPES),
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength > 0 && b.byteLength <= 20 * 1024 * 1024, {
    message: 'image must be 1 byte to 20 MiB',
  }),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type GeneratedImage = z.infer<typeof GeneratedImageSchema>;

export const MAX_HTML_BYTES = 512 * 1024;

/**
 * One complete HTML5 document that loads nothing from the network except the
 * postcard's own image URL. Real models get this same check as feedback.
 */
export const HtmlDocumentSchema = z
  .string()
  .max(MAX_HTML_BYTES)
  .superRefine((html, ctx) => {
    for (const problem of htmlProblems(html)) ctx.addIssue({ code: 'custom', message: problem });
  });

export function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  if (!/^\s*<!doctype html>/i.test(html)) problems.push('must start with <!DOCTYPE html>');
  if (!/<html[\s>]/i.test(html) || !/<\/html>\s*$/i.test(html)) problems.push('must be one complete <html>…</html> document');
  if (!/<head[\s>]/i.test(html) || !/<body[\s>]/i.test(html)) problems.push('must have <head> and <body>');
  if (!/<meta[^>]+name=["']?viewport/i.test(html)) problems.push('must declare a viewport meta tag for mobile webviews');
  if (/<script[^>]+src\s*=/i.test(html)) problems.push('must not load external scripts');
  if (/<link[^>]+rel=["']?stylesheet/i.test(html)) problems.push('must not load external stylesheets');
  if (/@import\s/i.test(html)) problems.push('must not @import stylesheets');
  return problems;
}

/** What one provider call consumed, for cost accounting. */
export interface Usage {
  readonly provider: string;
  readonly model: string;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly images: number;
}

export interface StepContext {
  /** Aborted when the step times out or the job is cancelled. Pass it to every I/O call. */
  readonly signal: AbortSignal;
  /** Call once per billable request (repairs included) with what it consumed. */
  readonly recordUsage?: (usage: Usage) => void;
  /** A provider chain names the member that produced the result. */
  readonly recordProvider?: (name: string) => void;
  /** True on the job's last BullMQ attempt: a chain then falls back even on a retryable failure. */
  readonly lastAttempt?: boolean;
  /**
   * The chain members to try, in this order (the strategy's choice, without
   * members whose circuit is open). Absent: the configured order.
   */
  readonly route?: readonly string[];
  /** The step's generation settings after adaptive tuning, for a named provider; absent: the provider's own defaults. */
  readonly params?: (provider: string) => CallParams | undefined;
  /** Called once per request with the parameters actually sent (stored with the attempt). */
  readonly recordParams?: (sent: SentParams) => void;
  /** Called once per checked answer with what our checks found (the attempt's quality score). */
  readonly recordCheck?: (outcome: CheckOutcome) => void;
}

export interface ConceptInput {
  readonly request: PostcardRequest;
}
export interface CopyInput extends ConceptInput {
  readonly concept: Concept;
}
export interface ImageInput extends CopyInput {
  readonly copy: Copy;
}
export interface CodeInput extends ImageInput {
  /** Absolute URL where the stored illustration is served. */
  readonly imageUrl: string;
  readonly imageWidth: number;
  readonly imageHeight: number;
}

/** Writes the concept and the copy. */
export interface TextProvider {
  readonly name: string;
  concept(input: ConceptInput, ctx: StepContext): Promise<Concept>;
  copy(input: CopyInput, ctx: StepContext): Promise<Copy>;
}

/** Paints the illustration. */
export interface ImageProvider {
  readonly name: string;
  illustrate(input: ImageInput, ctx: StepContext): Promise<GeneratedImage>;
}

/** Writes the interactive HTML postcard. */
export interface CodeProvider {
  readonly name: string;
  render(input: CodeInput, ctx: StepContext): Promise<string>;
}

export interface Providers {
  readonly text: TextProvider;
  readonly image: ImageProvider;
  readonly code: CodeProvider;
}
