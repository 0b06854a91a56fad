import { ConceptSchema, CopySchema } from '../../src/providers/contracts.js';
import { ProviderError } from '../../src/providers/provider-error.js';
import { isConnectionFailure, kindForStatus, providerErrorFromHttp } from '../../src/providers/shared/http-failure.js';
import { sniffImage } from '../../src/providers/shared/image-size.js';
import { extractJsonText, parseJsonReply } from '../../src/providers/shared/json-reply.js';
import { geminiResponseSchema, jsonSchemaOf } from '../../src/providers/shared/json-schema.js';
import { askWithOneRepair, type Reply } from '../../src/providers/shared/one-repair.js';
import { parseProtoDuration, parseRetryAfter } from '../../src/providers/shared/retry-hints.js';
import { COPY } from '../fakes/provider-fixtures.js';
import { jpegHeaderBytes, pngBytes, webpHeaderBytes } from '../fakes/sample-images.js';

describe('retry hints', () => {
  it('parses Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-05-01T10:00:00Z');
    expect(parseRetryAfter('12', now)).toBe(12000);
    expect(parseRetryAfter('0.5', now)).toBe(500);
    expect(parseRetryAfter('Fri, 01 May 2026 10:00:30 GMT', now)).toBe(30000);
    expect(parseRetryAfter('Fri, 01 May 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('parses protobuf durations as Google sends them', () => {
    expect(parseProtoDuration('12s')).toBe(12000);
    expect(parseProtoDuration('1.250s')).toBe(1250);
    expect(parseProtoDuration('12')).toBeUndefined();
    expect(parseProtoDuration(12)).toBeUndefined();
  });
});

describe('HTTP failure mapping', () => {
  it.each([
    [400, 'bad_request'], [401, 'auth'], [403, 'auth'], [404, 'not_found'], [408, 'timeout'], [413, 'bad_request'],
    [429, 'rate_limit'], [500, 'server'], [502, 'server'], [503, 'server'], [504, 'server'], [529, 'overloaded'],
  ] as const)('maps %i to %s', (status, kind) => {
    expect(kindForStatus(status)).toBe(kind);
  });

  it('lets quota and overload override the status, and keeps retry hints only for retried kinds', () => {
    const quota = providerErrorFromHttp('x', { status: 429, message: 'quota', quotaExhausted: true, retryAfterMs: 5000, cause: undefined });
    expect(quota).toMatchObject({ kind: 'quota', retryable: false, retryAfterMs: undefined });
    const limited = providerErrorFromHttp('x', { status: 429, message: 'slow', retryAfterMs: 5000, cause: undefined });
    expect(limited).toMatchObject({ kind: 'rate_limit', retryable: true, retryAfterMs: 5000 });
  });

  it('recognises undici connection failures through the cause chain', () => {
    const refused = new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    expect(isConnectionFailure(refused)).toBe(true);
    expect(isConnectionFailure(new Error('wrapped', { cause: new TypeError('terminated') }))).toBe(true);
    expect(isConnectionFailure(new TypeError('x is not a function'))).toBe(false);
  });
});

describe('JSON answers', () => {
  it('extracts JSON from fences or prose', () => {
    expect(extractJsonText('```json\n{"a":1}\n```')).toBe('{"a":1}');
    expect(extractJsonText('Here you go: {"a":{"b":2}} Enjoy!')).toBe('{"a":{"b":2}}');
    expect(extractJsonText('  {"a":1}  ')).toBe('{"a":1}');
  });

  it('returns the value or the problems a model can act on', () => {
    expect(parseJsonReply(JSON.stringify(COPY), CopySchema)).toEqual({ ok: true, value: COPY });
    expect(parseJsonReply('{"title": "x"', CopySchema)).toMatchObject({ ok: false, problems: [expect.stringContaining('not valid JSON')] });
    expect(parseJsonReply(JSON.stringify({ ...COPY, title: '' }), CopySchema)).toMatchObject({ ok: false, problems: [expect.stringMatching(/^title: /)] });
  });
});

describe('JSON schemas for the models', () => {
  it('keeps only keywords Gemini supports and moves the rest into descriptions', () => {
    const schema = geminiResponseSchema(ConceptSchema);
    const text = JSON.stringify(schema);
    expect(text).not.toMatch(/"(pattern|minLength|maxLength|\$schema)"/);
    expect(schema).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['theme', 'palette']),
      propertyOrdering: ['theme', 'occasion', 'language', 'emotional_tone', 'visual_style', 'palette', 'motifs', 'copy_direction', 'audience'],
      properties: {
        occasion: { type: 'string', enum: expect.arrayContaining(['birthday', 'general']) },
        palette: { type: 'array', minItems: 3, maxItems: 6, items: { type: 'string', description: '(must match ^#[0-9a-fA-F]{6}$)' } },
        theme: { type: 'string', description: '(1–200 characters)' },
      },
    });
  });

  it('gives prompts the full schema without the $schema marker', () => {
    const schema = jsonSchemaOf(CopySchema);
    expect(schema).not.toHaveProperty('$schema');
    expect(schema).toMatchObject({ properties: { title: { maxLength: 80 } } });
  });
});

describe('sniffImage', () => {
  it('reads PNG, JPEG and WebP headers', () => {
    expect(sniffImage(pngBytes(3, 7))).toEqual({ contentType: 'image/png', width: 3, height: 7 });
    expect(sniffImage(jpegHeaderBytes(1024, 768))).toEqual({ contentType: 'image/jpeg', width: 1024, height: 768 });
    expect(sniffImage(webpHeaderBytes(1536, 1024))).toEqual({ contentType: 'image/webp', width: 1536, height: 1024 });
  });

  it('returns undefined for anything else, including truncated headers', () => {
    expect(sniffImage(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
    expect(sniffImage(pngBytes(3, 7).subarray(0, 20))).toBeUndefined();
    expect(sniffImage(jpegHeaderBytes(10, 10).subarray(0, 12))).toBeUndefined();
    expect(sniffImage(new Uint8Array())).toBeUndefined();
  });
});

describe('askWithOneRepair', () => {
  const reply = (text: string, truncated = false): Reply => ({ text, truncated });
  const check = (text: string) => (text === 'good' ? { ok: true as const, value: text } : { ok: false as const, problems: [`bad: ${text}`] });

  it('asks at most twice and passes the rejection to the second request', async () => {
    const asked: unknown[] = [];
    const answers = [reply('first', true), reply('good')];
    const value = await askWithOneRepair({ provider: 'p', what: 'thing', check, ask: async (r) => (asked.push(r), answers.shift() ?? reply('none')) });
    expect(value).toBe('good');
    expect(asked).toEqual([undefined, { reply: 'first', problems: [expect.stringContaining('cut off'), 'bad: first'] }]);
  });

  it('throws a retryable invalid_output after the second bad answer', async () => {
    const error = askWithOneRepair({ provider: 'p', what: 'thing', check, ask: async () => reply('nope') });
    await expect(error).rejects.toBeInstanceOf(ProviderError);
    await expect(error).rejects.toMatchObject({ kind: 'invalid_output', retryable: true, message: expect.stringContaining('bad: nope') });
  });
});
