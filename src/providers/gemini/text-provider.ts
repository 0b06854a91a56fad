import type { z } from 'zod';
import { ConceptSchema, CopySchema, type StepContext, type TextProvider } from '../contracts.js';
import { geminiResponseSchema } from '../shared/json-schema.js';
import { parseJsonReply } from '../shared/json-reply.js';
import { conceptPrompt, copyPrompt, JSON_REPAIR_INSTRUCTION, TEXT_SYSTEM_PROMPT } from '../shared/text-prompts.js';
import { generateChecked } from './checked-generation.js';
import { createGeminiClient } from './client.js';
import { GEMINI } from './errors.js';

export interface GeminiTextOptions {
  readonly apiKey: string;
  /** For example 'gemini-2.5-flash'. */
  readonly model: string;
  readonly temperature: number;
  readonly maxOutputTokens: number;
  readonly topP: number;
  readonly topK: number;
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
      config: {
        systemInstruction: TEXT_SYSTEM_PROMPT,
        temperature: options.temperature,
        topP: options.topP,
        topK: options.topK,
        maxOutputTokens: options.maxOutputTokens,
        responseMimeType: 'application/json',
        responseJsonSchema: jsonSchema,
      },
    });
  }

  return {
    name: GEMINI,
    concept: (input, ctx) => structured('concept JSON', conceptPrompt(input, { includeSchema: false }), ConceptSchema, conceptSchema, ctx),
    copy: (input, ctx) => structured('copy JSON', copyPrompt(input, { includeSchema: false }), CopySchema, copySchema, ctx),
  };
}
