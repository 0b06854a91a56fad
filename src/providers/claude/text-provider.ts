import { ConceptSchema, CopySchema, type TextProvider } from '../contracts.js';
import { parseJsonReply } from '../shared/json-reply.js';
import { conceptPrompt, copyPrompt, JSON_REPAIR_INSTRUCTION, TEXT_SYSTEM_PROMPT } from '../shared/text-prompts.js';
import { createClaudeClient, generateChecked } from './client.js';
import type { ClaudeCodeOptions } from './code-provider.js';
import { CLAUDE } from './errors.js';

/** The same connection and budget settings as the code provider. */
export type ClaudeTextOptions = ClaudeCodeOptions;

/**
 * Concept and copy from Claude as plain JSON text: the schema is written into
 * the prompt and zod checks the answer. No sampling parameters are sent:
 * API version 2026-10-21 (the SDK's default) removed temperature, top_p and top_k.
 */
export function createClaudeTextProvider(options: ClaudeTextOptions): TextProvider {
  const settings = {
    client: createClaudeClient(options),
    model: options.model,
    defaults: { temperature: undefined, answerTokens: options.maxTokens ?? 2048, thinking: options.thinking ?? 'low' },
    timeoutMs: options.timeoutMs,
  } as const;
  return {
    name: CLAUDE,
    concept: (input, ctx) =>
      generateChecked(settings, ctx, {
        what: 'concept JSON',
        system: TEXT_SYSTEM_PROMPT,
        prompt: conceptPrompt(input, { includeSchema: true }),
        repairInstruction: JSON_REPAIR_INSTRUCTION,
        check: (text) => parseJsonReply(text, ConceptSchema),
      }),
    copy: (input, ctx) =>
      generateChecked(settings, ctx, {
        what: 'copy JSON',
        system: TEXT_SYSTEM_PROMPT,
        prompt: copyPrompt(input, { includeSchema: true }),
        repairInstruction: JSON_REPAIR_INSTRUCTION,
        check: (text) => parseJsonReply(text, CopySchema),
      }),
  };
}
