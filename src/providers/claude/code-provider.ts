import type { CodeProvider } from '../contracts.js';
import { checkPostcardReply } from '../shared/html-document.js';
import { HTML_REPAIR_INSTRUCTION, HTML_SYSTEM_PROMPT, htmlPrompt } from '../shared/html-prompt.js';
import { createClaudeClient, generateChecked } from './client.js';
import { CLAUDE } from './errors.js';
import type { ThinkingLevel } from '../../platform/models/model-types.js';

export interface ClaudeCodeOptions {
  readonly apiKey: string;
  /** For example 'claude-sonnet-5-5' (the registry's default). */
  readonly model: string;
  /** Answer budget when the pipeline passes none (a page needs roughly 6–16k tokens); thinking is added on top. */
  readonly maxTokens?: number | undefined;
  readonly thinking?: ThinkingLevel;
  readonly baseUrl?: string;
  /** Deadline of each request (a repair is a second request with its own deadline). */
  readonly timeoutMs: number;
}

/** The postcard page from Claude: streamed, extracted, checked, and repaired once with feedback. */
export function createClaudeCodeProvider(options: ClaudeCodeOptions): CodeProvider {
  const settings = {
    client: createClaudeClient(options),
    model: options.model,
    defaults: { temperature: undefined, answerTokens: options.maxTokens ?? 16_000, thinking: options.thinking ?? 'medium' },
    timeoutMs: options.timeoutMs,
  } as const;
  return {
    name: CLAUDE,
    render: (input, ctx) =>
      generateChecked(settings, ctx, {
        what: 'postcard HTML',
        system: HTML_SYSTEM_PROMPT,
        prompt: htmlPrompt(input),
        repairInstruction: HTML_REPAIR_INSTRUCTION,
        check: (text) => checkPostcardReply(text, { copy: input.copy, imageUrl: input.imageUrl }),
      }),
  };
}
