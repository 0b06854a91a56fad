import type { CodeProvider } from '../contracts.js';
import { checkPostcardReply } from '../shared/html-document.js';
import { HTML_REPAIR_INSTRUCTION, HTML_SYSTEM_PROMPT, htmlPrompt } from '../shared/html-prompt.js';
import { generateChecked } from './checked-generation.js';
import { createGeminiClient } from './client.js';
import { GEMINI } from './errors.js';
import type { ThinkingLevel } from '../../platform/models/model-types.js';

export interface GeminiCodeOptions {
  readonly apiKey: string;
  /** For example 'gemini-3.8-flash'. */
  readonly model: string;
  /** Answer budget when the pipeline passes none; the thinking allowance is added on top. */
  readonly maxOutputTokens?: number | undefined;
  readonly temperature?: number | undefined;
  readonly thinking?: ThinkingLevel;
  readonly baseUrl?: string;
  /** Deadline of each request; a page takes a while, so give it minutes. */
  readonly timeoutMs: number;
}

/**
 * The postcard page from Gemini, with the same extraction, checks and single
 * repair as Claude's. Not streamed: @google/genai has no final-message
 * accumulator, and the per-request deadline bounds the wait either way.
 */
export function createGeminiCodeProvider(options: GeminiCodeOptions): CodeProvider {
  const settings = { client: createGeminiClient(options), model: options.model, timeoutMs: options.timeoutMs };
  return {
    name: GEMINI,
    render: (input, ctx) =>
      generateChecked(settings, ctx, {
        what: 'postcard HTML',
        prompt: htmlPrompt(input),
        repairInstruction: HTML_REPAIR_INSTRUCTION,
        check: (text) => checkPostcardReply(text, { copy: input.copy, imageUrl: input.imageUrl }),
        config: { systemInstruction: HTML_SYSTEM_PROMPT },
        defaults: {
          temperature: options.temperature,
          explicitTemperature: options.temperature !== undefined,
          answerTokens: options.maxOutputTokens ?? 16_000,
          thinking: options.thinking ?? 'medium',
        },
        sampling: {},
      }),
  };
}
