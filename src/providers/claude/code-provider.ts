import type { CodeProvider } from '../contracts.js';
import { checkPostcardReply } from '../shared/html-document.js';
import { HTML_REPAIR_INSTRUCTION, HTML_SYSTEM_PROMPT, htmlPrompt } from '../shared/html-prompt.js';
import { createClaudeClient, generateChecked } from './client.js';
import { CLAUDE } from './errors.js';

/** The current Sonnet in @anthropic-ai/sdk 1.14's model list; claude-sonnet-4-5 is marked deprecated there. */
export const DEFAULT_CLAUDE_MODEL = 'claude-sonnet-5-5';

export interface ClaudeCodeOptions {
  readonly apiKey: string;
  /** For example DEFAULT_CLAUDE_MODEL. */
  readonly model: string;
  /** Output budget of one answer; a postcard page needs roughly 6–16k tokens. */
  readonly maxTokens: number;
  readonly baseUrl?: string;
  /** Deadline of each request (a repair is a second request with its own deadline). */
  readonly timeoutMs: number;
}

/** The postcard page from Claude: streamed, extracted, checked, and repaired once with feedback. */
export function createClaudeCodeProvider(options: ClaudeCodeOptions): CodeProvider {
  const settings = { client: createClaudeClient(options), model: options.model, maxTokens: options.maxTokens, timeoutMs: options.timeoutMs };
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
