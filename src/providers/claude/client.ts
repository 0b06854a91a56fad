import Anthropic from '@anthropic-ai/sdk';
import type { Message, MessageParam } from '@anthropic-ai/sdk/resources/messages';
import type { StepContext } from '../contracts.js';
import { ProviderError } from '../provider-error.js';
import type { Checked } from '../shared/checked.js';
import { guardedCall } from '../shared/guarded-call.js';
import type { CallParams } from '../generation-params.js';
import { askWithOneRepair, feedbackMessage, type Rejection, type Reply, type Retake } from '../shared/one-repair.js';
import { CLAUDE, claudeProviderError } from './errors.js';
import { claudeGeneration } from './generation-config.js';

/** How to reach the Anthropic API. */
export interface ClaudeConnection {
  readonly apiKey: string;
  /** Overrides https://api.anthropic.com (a proxy, or a fake server in tests). */
  readonly baseUrl?: string;
  /** Deadline of each request, in milliseconds, covering the whole streamed answer. */
  readonly timeoutMs: number;
}

/**
 * Builds the SDK client. `baseURL: null` keeps the SDK from reading
 * ANTHROPIC_BASE_URL (config.ts is our only reader of process.env), and
 * `maxRetries: 0` leaves retrying to BullMQ.
 */
export function createClaudeClient(connection: ClaudeConnection): Anthropic {
  return new Anthropic({
    apiKey: connection.apiKey,
    baseURL: connection.baseUrl ?? null,
    maxRetries: 0,
    timeout: connection.timeoutMs,
  });
}

export interface ClaudeModelSettings {
  readonly client: Anthropic;
  readonly model: string;
  /** Used when the pipeline passes no per-step settings (ctx.params). */
  readonly defaults: CallParams;
  readonly timeoutMs: number;
}

/** One text-producing task: the prompts and how to check the answer. */
export interface ClaudeTask<T> {
  readonly what: string;
  readonly system: string;
  readonly prompt: string;
  readonly repairInstruction: string;
  readonly check: (text: string) => Checked<T>;
}

function conversation(prompt: string, rejection: Rejection | undefined, repairInstruction: string): MessageParam[] {
  const messages: MessageParam[] = [{ role: 'user', content: prompt }];
  if (rejection !== undefined) {
    messages.push(
      { role: 'assistant', content: rejection.reply },
      { role: 'user', content: feedbackMessage(rejection.problems, repairInstruction) },
    );
  }
  return messages;
}

/** The answer's text: thinking blocks (which Sonnet 5.5 streams first) are not part of it. */
function textOf(message: Message): string {
  return message.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
}

/** Cache reads and writes are input tokens too; they are counted so usage is never under-reported. */
function inputTokens(message: Message): number {
  const { usage } = message;
  return usage.input_tokens + (usage.cache_creation_input_tokens ?? 0) + (usage.cache_read_input_tokens ?? 0);
}

/**
 * Streams one answer (long answers would otherwise sit on an idle connection),
 * records its usage, and turns a refusal into a non-retryable `safety` error.
 */
async function streamOnce(settings: ClaudeModelSettings, ctx: StepContext, system: string, retake: Retake | undefined, messages: MessageParam[], what: string): Promise<Reply> {
  const { client, timeoutMs } = settings;
  const params = ctx.params?.(CLAUDE) ?? settings.defaults;
  const model = params.model ?? settings.model;
  const { request, sent } = claudeGeneration(model, params, retake?.expandBudget === true);
  ctx.recordParams?.(sent);
  const message = await guardedCall({ provider: CLAUDE, signal: ctx.signal, timeoutMs, toProviderError: (error) => claudeProviderError(error, model) }, (signal) =>
    client.messages.stream({ model, system, messages, ...request }, { signal }).finalMessage(),
  );
  ctx.recordUsage?.({ provider: CLAUDE, model, inputTokens: inputTokens(message), outputTokens: message.usage.output_tokens, images: 0 });
  if (message.stop_reason === 'refusal') throw new ProviderError(CLAUDE, 'safety', `claude refused to write the ${what} (stop_reason refusal)`);
  return { text: textOf(message), truncated: message.stop_reason === 'max_tokens' };
}

/** Generates text with Claude and checks it, repairing once in the same conversation (see askWithOneRepair). */
export function generateChecked<T>(settings: ClaudeModelSettings, ctx: StepContext, task: ClaudeTask<T>): Promise<T> {
  return askWithOneRepair({
    provider: CLAUDE,
    what: task.what,
    check: task.check,
    ...(ctx.recordCheck === undefined ? {} : { onOutcome: ctx.recordCheck }),
    ask: (retake) => streamOnce(settings, ctx, task.system, retake, conversation(task.prompt, retake?.rejection, task.repairInstruction), task.what),
  });
}
