import type { z } from 'zod';
import { ConceptSchema, CopySchema, type StepContext, type TextProvider } from '../contracts.js';
import { geminiResponseSchema } from '../shared/json-schema.js';
import { parseJsonReply } from '../shared/json-reply.js';
import { conceptPrompt, copyPrompt, JSON_REPAIR_INSTRUCTION, TEXT_SYSTEM_PROMPT } from '../shared/text-prompts.js';
import { generateChecked } from './checked-generation.js';
import { createGeminiClient } from './client.js';
import { GEMINI } from './errors.js';
import type { ThinkingLevel } from '../../platform/models/model-types.js';

export interface GeminiTextOptions {
  readonly apiKey: string;
  /** For example 'gemini-3.8-flash'. */
  readonly model: string;
  /** Used when the pipeline passes no per-step settings (ctx.params); sent only where the model accepts it. */
  readonly temperature?: number | undefined;
  /** Answer budget when the pipeline passes none; the thinking allowance is added on top. */
  readonly maxOutputTokens?: number | undefined;
  readonly topP?: number | undefined;
  readonly topK?: number | undefined;
  readonly thinking?: ThinkingLevel;
  readonly baseUrl?: string;
  /** Deadline of each request (a repair is a second request with its own deadline). */
  readonly timeoutMs: number;
}

/** Concept and copy from Gemini's structured JSON output, checked by our zod schemas. */
export function createGeminiTextProvider(options: GeminiTextOptions): TextProvider {
  const settings = { client: createGeminiClient(options), model: options.model, timeoutMs: options.timeoutMs };
  // Built once: the schemas are static.
  const conceptSchema = geminiResponseSchema(ConceptSchema);
  const copySchema = geminiResponseSchema(CopySchema);

  function structured<T>(what: string, prompt: string, schema: z.ZodType<T>, jsonSchema: object, ctx: StepContext): Promise<T> {
    return generateChecked(settings, ctx, {
      what,
      prompt,
      repairInstruction: JSON_REPAIR_INSTRUCTION,
      check: (text) => parseJsonReply(text, schema),
      config: { systemInstruction: TEXT_SYSTEM_PROMPT, responseMimeType: 'application/json', responseJsonSchema: jsonSchema },
      defaults: {
        temperature: options.temperature,
        explicitTemperature: options.temperature !== undefined,
        answerTokens: options.maxOutputTokens ?? 2048,
        thinking: options.thinking ?? 'low',
      },
      sampling: { topP: options.topP, topK: options.topK },
    });
  }

  return {
    name: GEMINI,
    concept: (input, ctx) => structured('concept JSON', conceptPrompt(input, { includeSchema: false }), ConceptSchema, conceptSchema, ctx),
    copy: (input, ctx) => structured('copy JSON', copyPrompt(input, { includeSchema: false }), CopySchema, copySchema, ctx),
  };
}
