import { z } from 'zod';
import type { CallParams, CheckOutcome, SentParams } from './generation-params.js';
import { documentProblems, MAX_PAGE_BYTES } from './shared/page-quality/index.js';

/**
 * What every provider family (local, Gemini, Claude, …) must produce. The same
 * zod schemas validate the offline providers' output and, later, the real
 * models' structured output, so a step never stores something malformed.
 */

/**
 * The occasions a card can be for: Chinese, English-speaking, European,
 * Japanese, Korean, South Asian, Muslim and Jewish holidays, life events and
 * feelings. Older values are kept (stored concepts stay valid).
 */
export const OCCASIONS = [
  // Chinese calendar and Chinese civic days
  'spring_festival',
  'lantern_festival',
  'qingming',
  'dragon_boat',
  'qixi',
  'mid_autumn',
  'double_ninth',
  'teachers_day',
  'national_day',
  // Western holidays
  'christmas',
  'new_year',
  'valentines',
  'easter',
  'mothers_day',
  'fathers_day',
  'halloween',
  'thanksgiving',
  // South Asian, Muslim and Jewish holidays
  'diwali',
  'eid',
  'hanukkah',
  // Korean holidays
  'seollal',
  'chuseok',
  // Life events
  'birthday',
  'wedding',
  'anniversary',
  'new_baby',
  'graduation',
  'new_job',
  'retirement',
  'housewarming',
  'farewell',
  'get_well',
  'sympathy',
  'congratulations',
  // Feelings and greetings
  'thanks',
  'apology',
  'love',
  'friendship',
  'travel',
  'general',
] as const;
export type Occasion = (typeof OCCASIONS)[number];

/** The feeling a card carries; somber cards (sympathy, Qingming) have no celebration in words, colour or motion. */
export const TONES = ['joyful', 'warm', 'formal', 'somber', 'romantic', 'playful'] as const;
export type Tone = (typeof TONES)[number];

/** Languages the postcard text is written in. Others fall back to English, and the concept says so. */
export const LANGUAGES = ['zh', 'en', 'ja', 'ko', 'es', 'fr', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Who the card is to or from, normalised across languages (妈妈, Mom, お母さん, mamá → mother). */
export const RELATIONS = [
  'mother',
  'father',
  'parents',
  'grandmother',
  'grandfather',
  'grandparents',
  'son',
  'daughter',
  'child',
  'spouse',
  'partner',
  'sibling',
  'relative',
  'friend',
  'teacher',
  'student',
  'colleague',
  'boss',
  'team',
  'neighbor',
  'client',
] as const;
export type Relation = (typeof RELATIONS)[number];

/**
 * What the request says about the people and things on the card, found
 * anywhere in the sentence. Names keep the form of address as written
 * ("Sarah", "王老师", "abuela Carmen", "ゆきちゃん", "지민아").
 */
export const EntitiesSchema = z.object({
  recipients: z.array(z.string().min(1).max(60)).max(5),
  recipient_relation: z.enum(RELATIONS).nullable(),
  sender_relation: z.enum(RELATIONS).nullable(),
  /** Who signs, by name as written ("Anna" in "Love, Anna", "from Anna and Ben"); absent from concepts made before it existed. */
  senders: z.array(z.string().min(1).max(60)).max(3).default([]),
  /** Ages, ordinals, counts and years as written ("30th", "八十", "40", "2027"). */
  numbers: z.array(z.string().min(1).max(20)).max(5),
  /** The recipient's age or the anniversary's years, when the request gives one. */
  age: z.number().int().min(0).max(150).nullable(),
  places: z.array(z.string().min(1).max(60)).max(5),
  /** Interests and objects worth showing or mentioning (jazz, roses, tennis, matcha). */
  interests: z.array(z.string().min(1).max(60)).max(8),
  /** Written to someone who has died, in their memory ("悼念外婆", "in loving memory of my grandmother"): the recipient is the person remembered, not a mourner to console. Absent from concepts made before it existed. */
  in_memory: z.boolean().default(false),
});
export type Entities = z.infer<typeof EntitiesSchema>;

export const NO_ENTITIES: Entities = {
  recipients: [],
  recipient_relation: null,
  sender_relation: null,
  senders: [],
  numbers: [],
  age: null,
  places: [],
  interests: [],
  in_memory: false,
};

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
  // Defaults keep concepts stored before these fields existed readable.
  tone: z.enum(TONES).default('warm'),
  entities: EntitiesSchema.default(NO_ENTITIES),
  /** Set when the request's language is one we cannot write, so the card is in English: the language seen, e.g. "Italian". */
  language_fallback: z.string().max(60).nullable().default(null),
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

export const GeneratedImageSchema = z.object({
  contentType: z.enum(IMAGE_CONTENT_TYPES),
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength > 0 && b.byteLength <= 20 * 1024 * 1024, {
    message: 'image must be 1 byte to 20 MiB',
  }),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type GeneratedImage = z.infer<typeof GeneratedImageSchema>;

export const MAX_HTML_BYTES = MAX_PAGE_BYTES;

/**
 * One complete HTML5 document that loads nothing from the network except its
 * own <img> sources, checked with the page-quality parser. Real models' pages
 * go through the whole gate (`checkPage`), which also knows the copy and the image URL.
 */
export const HtmlDocumentSchema = z
  .string()
  .max(MAX_HTML_BYTES)
  .superRefine((html, ctx) => {
    for (const problem of htmlProblems(html)) ctx.addIssue({ code: 'custom', message: problem });
  });

export function htmlProblems(html: string): string[] {
  return documentProblems(html);
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
  /**
   * Called with the prompt an image was made from (an offline illustrator:
   * what it drew, in words), as it was at generation time; stored with the
   * attempt (`params.prompt`) and shown as the status's image_metadata.prompt.
   */
  readonly recordPrompt?: (prompt: string) => void;
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
