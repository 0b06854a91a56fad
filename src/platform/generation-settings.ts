import { z } from 'zod';
import { THINKING_LEVELS, type ThinkingLevel } from './models/model-types.js';

/**
 * How each step asks its model, and how the smart workflow picks and tunes
 * providers. Parsed by config.ts, the only reader of process.env.
 *
 * Temperatures and answer budgets per step default to the design document's
 * own values (concept: 0.8 and 1024 tokens; copy: 0.7 and 800 tokens). The
 * answer budget is what the visible answer may use; the thinking allowance of
 * the step's thinking level is added on top, because thought tokens count
 * toward the same limit on both Gemini and Claude.
 */

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const num = (min: number, max: number) => z.coerce.number().min(min).max(max);

export const STRATEGIES = ['cost', 'quality', 'speed', 'balanced'] as const;
export type Strategy = (typeof STRATEGIES)[number];
/** Every accepted name: ours, and the design document's names for the same strategies. */
const STRATEGY_NAMES = {
  cost: 'cost',
  quality: 'quality',
  speed: 'speed',
  balanced: 'balanced',
  cost_optimized: 'cost',
  quality_first: 'quality',
  speed_first: 'speed',
} as const satisfies Record<string, Strategy>;

const STRATEGY_HINT = `must be one of ${Object.keys(STRATEGY_NAMES).join(', ')}`;

/** A strategy or one of its aliases, to its canonical name. */
export const StrategySchema = z.string({ error: STRATEGY_HINT }).transform((v, ctx): Strategy => {
  const name = v.trim().toLowerCase();
  if (!Object.hasOwn(STRATEGY_NAMES, name)) {
    ctx.addIssue({ code: 'custom', message: STRATEGY_HINT });
    return z.NEVER;
  }
  return STRATEGY_NAMES[name as keyof typeof STRATEGY_NAMES];
});

export const GenerationEnvShape = {
  // Empty means the document's value; a value set here counts as explicit (sent even to models that advise against it).
  CONCEPT_TEMPERATURE: num(0, 2).optional(),
  CONCEPT_MAX_TOKENS: int(128, 65_536).default(1024),
  CONTENT_TEMPERATURE: num(0, 2).optional(),
  CONTENT_MAX_TOKENS: int(128, 65_536).default(800),
  CODE_TEMPERATURE: num(0, 2).optional(),
  CODE_MAX_TOKENS: int(1024, 128_000).default(16_000),
  TEXT_THINKING: z.enum(THINKING_LEVELS).default('low'),
  CODE_THINKING: z.enum(THINKING_LEVELS).default('medium'),
  WORKFLOW_STRATEGY: StrategySchema.default('balanced'),
  ROUTING_WINDOW_SECONDS: int(60, 7 * 86_400).default(3600),
  ROUTING_REFRESH_SECONDS: int(1, 3600).default(30),
  BREAKER_FAILURES: int(1, 100).default(3),
  BREAKER_COOLDOWN_SECONDS: int(1, 86_400).default(60),
  ADAPTIVE_TUNING: z.stringbool().default(true),
};

type GenerationEnv = z.output<z.ZodObject<typeof GenerationEnvShape>>;

/** One step's request to its model, before tuning and before the model's own limits are applied. */
export interface StepGeneration {
  /** Undefined: the model's default. */
  readonly temperature: number | undefined;
  /** The operator set the temperature: it is sent even to a model that advises against changing it. */
  readonly explicitTemperature: boolean;
  /** Tokens the visible answer may use. */
  readonly answerTokens: number;
  readonly thinking: ThinkingLevel;
}

export interface GenerationSettings {
  readonly steps: { readonly concept: StepGeneration; readonly content: StepGeneration; readonly code: StepGeneration };
  readonly strategy: Strategy;
  readonly routing: { readonly windowMs: number; readonly refreshMs: number };
  readonly breaker: { readonly failures: number; readonly cooldownMs: number };
  readonly adaptiveTuning: boolean;
}

/** The design document's temperatures (its concept and copy generators pass 0.8 and 0.7). */
const DOCUMENT_TEMPERATURE = { concept: 0.8, content: 0.7 } as const;

export function generationSettings(e: GenerationEnv): GenerationSettings {
  return {
    steps: {
      concept: {
        temperature: e.CONCEPT_TEMPERATURE ?? DOCUMENT_TEMPERATURE.concept,
        explicitTemperature: e.CONCEPT_TEMPERATURE !== undefined,
        answerTokens: e.CONCEPT_MAX_TOKENS,
        thinking: e.TEXT_THINKING,
      },
      content: {
        temperature: e.CONTENT_TEMPERATURE ?? DOCUMENT_TEMPERATURE.content,
        explicitTemperature: e.CONTENT_TEMPERATURE !== undefined,
        answerTokens: e.CONTENT_MAX_TOKENS,
        thinking: e.TEXT_THINKING,
      },
      code: { temperature: e.CODE_TEMPERATURE, explicitTemperature: e.CODE_TEMPERATURE !== undefined, answerTokens: e.CODE_MAX_TOKENS, thinking: e.CODE_THINKING },
    },
    strategy: e.WORKFLOW_STRATEGY,
    routing: { windowMs: e.ROUTING_WINDOW_SECONDS * 1000, refreshMs: e.ROUTING_REFRESH_SECONDS * 1000 },
    breaker: { failures: e.BREAKER_FAILURES, cooldownMs: e.BREAKER_COOLDOWN_SECONDS * 1000 },
    adaptiveTuning: e.ADAPTIVE_TUNING,
  };
}
