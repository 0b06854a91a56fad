import type { IncomingMessage } from 'node:http';
import { FakeServer, json, type Scripted, type SseEvent } from './fake-server.js';

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

/** Anthropic's error envelope. */
export function anthropicError(status: number, type: string, message: string, headers?: Readonly<Record<string, string>>): Scripted {
  return json(status, { type: 'error', error: { type, message }, request_id: 'req_fake' }, { 'request-id': 'req_fake', ...headers });
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

/** A non-streaming Messages answer. */
export function anthropicMessage(text: string, options: ReplyOptions = {}): Scripted {
  return json(200, message([{ type: 'text', text }], options, options.usage ?? DEFAULT_USAGE, options.stopReason ?? 'end_turn'));
}

function chunk(text: string, parts: number): string[] {
  const size = Math.max(1, Math.ceil(text.length / parts));
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out.length > 0 ? out : [''];
}

/** The SSE event sequence of a streamed answer, exactly as the API sends it. */
export function anthropicStreamEvents(text: string, options: ReplyOptions & { readonly chunks?: number } = {}): SseEvent[] {
  const usage = options.usage ?? DEFAULT_USAGE;
  return [
    { event: 'message_start', data: { type: 'message_start', message: message([], options, { input_tokens: usage.input_tokens, output_tokens: 1 }, null) } },
    { event: 'content_block_start', data: { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } } },
    { event: 'ping', data: { type: 'ping' } },
    ...chunk(text, options.chunks ?? 4).map((t) => ({
      event: 'content_block_delta',
      data: { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: t } },
    })),
    { event: 'content_block_stop', data: { type: 'content_block_stop', index: 0 } },
    {
      event: 'message_delta',
      data: { type: 'message_delta', delta: { stop_reason: options.stopReason ?? 'end_turn', stop_sequence: null }, usage: { output_tokens: usage.output_tokens } },
    },
    { event: 'message_stop', data: { type: 'message_stop' } },
  ];
}

/** Answers as the request asks: SSE when its body has `stream: true`, JSON otherwise. */
export function anthropicReply(text: string, options: ReplyOptions & { readonly chunks?: number } = {}): Scripted {
  return {
    kind: 'dynamic',
    respond: (request) => {
      const streamed = typeof request.body === 'object' && request.body !== null && 'stream' in request.body && request.body.stream === true;
      return streamed ? anthropicStream(text, options) : anthropicMessage(text, options);
    },
  };
}

export function anthropicStream(text: string, options: ReplyOptions & { readonly chunks?: number } = {}): Scripted {
  return { kind: 'sse', events: anthropicStreamEvents(text, options), headers: { 'request-id': 'req_fake' } };
}

/** A stream that starts answering and then goes silent. */
export function anthropicStalledStream(text: string): Scripted {
  return { kind: 'sse', events: anthropicStreamEvents(text).slice(0, 4), stallAfter: true };
}

/** An error event inside an already-open stream (the status was 200). */
export function anthropicStreamError(type: string, errorMessage: string): Scripted {
  const [start, blockStart] = anthropicStreamEvents('');
  const events: SseEvent[] = [start, blockStart].filter((e) => e !== undefined);
  return { kind: 'sse', events: [...events, { event: 'error', data: { type: 'error', error: { type, message: errorMessage } } }] };
}

export const anthropicModel = (id: string): Scripted =>
  json(200, { type: 'model', id, display_name: id, created_at: '2026-01-01T00:00:00Z' });

export function createFakeAnthropic(): FakeServer {
  return new FakeServer({
    route,
    authFailure,
    unscripted: (r) => anthropicError(500, 'api_error', `fake anthropic: nothing scripted for ${r}`),
  });
}
