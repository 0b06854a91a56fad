import type { IncomingMessage } from 'node:http';
import { FakeServer, json, type RecordedRequest, type Scripted, type SseEvent } from './fake-server.js';
import { CLAUDE_SERVED } from './served-models.js';

/**
 * A fake Anthropic API speaking the wire format @anthropic-ai/sdk expects:
 *   POST /v1/messages        route 'messages' (JSON, or SSE when the body says stream: true)
 *   GET  /v1/models/{id}     route 'getModel'
 * Every request needs `anthropic-version` and the key (x-api-key, or Authorization: Bearer).
 */
export const ANTHROPIC_KEY = 'fake-anthropic-key';

function route(method: string, path: string): string | undefined {
  if (method === 'POST' && path === '/v1/messages') return 'messages';
  if (method === 'GET' && /^\/v1\/models\/[^/]+$/.test(path)) return 'getModel';
  return undefined;
}

/** Anthropic's error envelope; `errorCode` goes in `error.details.error_code`, where spend limits put it. */
export function anthropicError(status: number, type: string, message: string, headers?: Readonly<Record<string, string>>, errorCode?: string): Scripted {
  const error = { type, message, ...(errorCode === undefined ? {} : { details: { error_code: errorCode } }) };
  return json(status, { type: 'error', error, request_id: 'req_fake' }, { 'request-id': 'req_fake', ...headers });
}

/** The 429s that are not rate limits: the organisation's monthly or contract spend limit (no retry-after). */
export function anthropicSpendLimit(errorCode: 'enforced_spend_limit_reached' | 'contract_spend_limit_reached'): Scripted {
  return anthropicError(429, 'rate_limit_error', 'Your organization has reached its spend limit for this month.', {}, errorCode);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What Anthropic refuses on 2026-12-01 under anthropic-version 2026-10-21:
 * retired models (404, also for models.retrieve), sampling parameters (removed
 * in that version), and thinking.type "enabled" (refused by Claude 4.7 and later).
 */
function refusal(request: RecordedRequest): Scripted | undefined {
  if (request.route === 'getModel') {
    const id = decodeURIComponent(request.path.split('/').at(-1) ?? '');
    return CLAUDE_SERVED.has(id) ? undefined : anthropicError(404, 'not_found_error', `model: ${id}`);
  }
  if (request.route !== 'messages' || !isRecord(request.body)) return undefined;
  const model = String(request.body.model);
  if (!CLAUDE_SERVED.has(model)) return anthropicError(404, 'not_found_error', `model: ${model}`);
  for (const param of ['temperature', 'top_p', 'top_k']) {
    if (param in request.body) return anthropicError(400, 'invalid_request_error', `${param}: Extra inputs are not permitted`);
  }
  const thinking = request.body.thinking;
  if (isRecord(thinking) && thinking.type === 'enabled') {
    return anthropicError(400, 'invalid_request_error', '"thinking.type.enabled" is not supported for this model. Use "thinking.type.adaptive" and "output_config.effort" to control thinking behavior.');
  }
  return undefined;
}

function authFailure(req: IncomingMessage): Scripted | undefined {
  if (req.headers['anthropic-version'] === undefined) {
    return anthropicError(400, 'invalid_request_error', 'anthropic-version: header is required');
  }
  // The API takes the key as x-api-key; @anthropic-ai/sdk 1.x sends it as `Authorization: Bearer <key>`.
  const bearer = req.headers.authorization === `Bearer ${ANTHROPIC_KEY}`;
  if (req.headers['x-api-key'] !== ANTHROPIC_KEY && !bearer) return anthropicError(401, 'authentication_error', 'invalid x-api-key');
  return undefined;
}

export interface AnthropicUsage {
  readonly input_tokens: number;
  readonly output_tokens: number;
}

interface ReplyOptions {
  readonly stopReason?: string;
  readonly usage?: AnthropicUsage;
  readonly model?: string;
}

const DEFAULT_USAGE: AnthropicUsage = { input_tokens: 200, output_tokens: 150 };

/** Sonnet 5.5 thinks by default and sends its (summarised) thinking first, as block 0. */
const DEFAULT_THINKING = 'The card needs the title, the body and the image; keep it light and self-contained.';

function message(content: readonly object[], options: ReplyOptions, usage: AnthropicUsage, stopReason: string | null) {
  return {
    id: 'msg_fake',
    type: 'message',
    role: 'assistant',
    model: options.model ?? 'claude-fake',
    content,
    stop_reason: stopReason,
    stop_sequence: null,
    usage: { ...usage, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 },
  };
}

/** A non-streaming Messages answer: a thinking block (unless `thinking: null`), then the text. */
export function anthropicMessage(text: string, options: ReplyOptions & { readonly thinking?: string | null } = {}): Scripted {
  const thinking = options.thinking === undefined ? DEFAULT_THINKING : options.thinking;
  const content = [...(thinking === null ? [] : [{ type: 'thinking', thinking, signature: 'fake-signature' }]), { type: 'text', text }];
  return json(200, message(content, options, options.usage ?? DEFAULT_USAGE, options.stopReason ?? 'end_turn'));
}

function chunk(text: string, parts: number): string[] {
  const size = Math.max(1, Math.ceil(text.length / parts));
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out.length > 0 ? out : [''];
}


function thinkingEvents(thinking: string): SseEvent[] {
  return [
    { event: 'content_block_start', data: { type: 'content_block_start', index: 0, content_block: { type: 'thinking', thinking: '', signature: '' } } },
    { event: 'content_block_delta', data: { type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking } } },
    { event: 'content_block_delta', data: { type: 'content_block_delta', index: 0, delta: { type: 'signature_delta', signature: 'fake-signature' } } },
    { event: 'content_block_stop', data: { type: 'content_block_stop', index: 0 } },
  ];
}

/**
 * The SSE event sequence of a streamed answer, exactly as the API sends it:
 * a thinking block first (pass `thinking: null` for none), then the text.
 */
export function anthropicStreamEvents(text: string, options: ReplyOptions & { readonly chunks?: number; readonly thinking?: string | null } = {}): SseEvent[] {
  const usage = options.usage ?? DEFAULT_USAGE;
  const thinking = options.thinking === undefined ? DEFAULT_THINKING : options.thinking;
  const index = thinking === null ? 0 : 1;
  return [
    { event: 'message_start', data: { type: 'message_start', message: message([], options, { input_tokens: usage.input_tokens, output_tokens: 1 }, null) } },
    ...(thinking === null ? [] : thinkingEvents(thinking)),
    { event: 'content_block_start', data: { type: 'content_block_start', index, content_block: { type: 'text', text: '' } } },
    { event: 'ping', data: { type: 'ping' } },
    ...chunk(text, options.chunks ?? 4).map((t) => ({
      event: 'content_block_delta',
      data: { type: 'content_block_delta', index, delta: { type: 'text_delta', text: t } },
    })),
    { event: 'content_block_stop', data: { type: 'content_block_stop', index } },
    {
      event: 'message_delta',
      data: { type: 'message_delta', delta: { stop_reason: options.stopReason ?? 'end_turn', stop_sequence: null }, usage: { output_tokens: usage.output_tokens } },
    },
    { event: 'message_stop', data: { type: 'message_stop' } },
  ];
}

/** Answers as the request asks: SSE when its body has `stream: true`, JSON otherwise. */
export function anthropicReply(text: string, options: ReplyOptions & { readonly chunks?: number; readonly thinking?: string | null } = {}): Scripted {
  return {
    kind: 'dynamic',
    respond: (request) => {
      const streamed = typeof request.body === 'object' && request.body !== null && 'stream' in request.body && request.body.stream === true;
      return streamed ? anthropicStream(text, options) : anthropicMessage(text, options);
    },
  };
}

export function anthropicStream(text: string, options: ReplyOptions & { readonly chunks?: number; readonly thinking?: string | null } = {}): Scripted {
  return { kind: 'sse', events: anthropicStreamEvents(text, options), headers: { 'request-id': 'req_fake' } };
}

/** A stream that starts answering and then goes silent. */
export function anthropicStalledStream(text: string): Scripted {
  return { kind: 'sse', events: anthropicStreamEvents(text, { thinking: null }).slice(0, 4), stallAfter: true };
}

/** An error event inside an already-open stream (the status was 200). */
export function anthropicStreamError(type: string, errorMessage: string): Scripted {
  const [start, blockStart] = anthropicStreamEvents('', { thinking: null });
  const events: SseEvent[] = [start, blockStart].filter((e) => e !== undefined);
  return { kind: 'sse', events: [...events, { event: 'error', data: { type: 'error', error: { type, message: errorMessage } } }] };
}

/** The JSON body of a recorded Messages request. */
export function messagesBody(request: RecordedRequest | undefined): Record<string, unknown> {
  const body = request?.body;
  if (!isRecord(body)) throw new Error('no Messages request body was recorded');
  return body;
}

export const anthropicModel = (id: string): Scripted =>
  json(200, { type: 'model', id, display_name: id, created_at: '2026-01-01T00:00:00Z' });

export function createFakeAnthropic(): FakeServer {
  return new FakeServer({
    route,
    authFailure,
    refusal,
    // A served model's description needs no script: startup checks look every configured model up.
    unscripted: (r, request) =>
      r === 'getModel' ? anthropicModel(decodeURIComponent(request.path.split('/').at(-1) ?? '')) : anthropicError(500, 'api_error', `fake anthropic: nothing scripted for ${r}`),
  });
}
