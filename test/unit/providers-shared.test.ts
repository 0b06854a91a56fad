import { ConceptSchema, CopySchema } from '../../src/providers/contracts.js';
import type { CheckOutcome } from '../../src/providers/generation-params.js';
import { ProviderError } from '../../src/providers/provider-error.js';
import { isConnectionFailure, kindForStatus, providerErrorFromHttp } from '../../src/providers/shared/http-failure.js';
import { sniffImage } from '../../src/providers/shared/image-size.js';
import { extractJsonText, parseJsonReply } from '../../src/providers/shared/json-reply.js';
import { geminiResponseSchema, jsonSchemaOf } from '../../src/providers/shared/json-schema.js';
import { notFoundHint as modelNotFoundHint } from '../../src/platform/models/registry.js';
import { askWithOneRepair, type Reply, type Retake } from '../../src/providers/shared/one-repair.js';
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
      propertyOrdering: ['theme', 'occasion', 'language', 'emotional_tone', 'visual_style', 'palette', 'motifs', 'copy_direction', 'audience', 'tone', 'entities', 'language_fallback'],
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

  it('asks at most twice and passes the rejection to the second request, with a larger budget after a cut-off answer', async () => {
    const asked: unknown[] = [];
    const answers = [reply('first', true), reply('good')];
    const value = await askWithOneRepair({ provider: 'p', what: 'thing', check, ask: async (r) => (asked.push(r), answers.shift() ?? reply('none')) });
    expect(value).toBe('good');
    expect(asked).toEqual([
      undefined,
      { rejection: { reply: 'first', problems: [expect.stringContaining('cut off'), 'bad: first'] }, expandBudget: true },
    ]);
  });

  it('never accepts a truncated answer, even one that passes the checks', async () => {
    const asked: Array<Retake | undefined> = [];
    const outcomes: CheckOutcome[] = [];
    const answers = [reply('good', true), reply('good', true)];
    const error = await askWithOneRepair({
      provider: 'p',
      what: 'thing',
      check,
      onOutcome: (o) => outcomes.push(o),
      ask: async (r) => (asked.push(r), answers.shift() ?? reply('none')),
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'invalid_output', retryable: true, message: expect.stringContaining('cut off') });
    expect(asked[1]).toEqual({ rejection: { reply: 'good', problems: [expect.stringContaining('cut off')] }, expandBudget: true });
    expect(outcomes).toEqual([{ repaired: true, truncated: true, problems: 0 }]);
  });

  it('repairs a bad but complete answer with the same budget, and reports the outcome once', async () => {
    const asked: Array<Retake | undefined> = [];
    const outcomes: CheckOutcome[] = [];
    const answers = [reply('meh'), reply('good')];
    await askWithOneRepair({ provider: 'p', what: 'thing', check, onOutcome: (o) => outcomes.push(o), ask: async (r) => (asked.push(r), answers.shift() ?? reply('none')) });
    expect(asked[1]?.expandBudget).toBe(false);
    expect(outcomes).toEqual([{ repaired: true, truncated: false, problems: 1 }]);
  });

  it('reports a clean first answer as neither repaired nor truncated', async () => {
    const outcomes: CheckOutcome[] = [];
    await askWithOneRepair({ provider: 'p', what: 'thing', check, onOutcome: (o) => outcomes.push(o), ask: async () => reply('good') });
    expect(outcomes).toEqual([{ repaired: false, truncated: false, problems: 0 }]);
  });

  it('throws a retryable invalid_output after the second bad answer', async () => {
    const error = askWithOneRepair({ provider: 'p', what: 'thing', check, ask: async () => reply('nope') });
    await expect(error).rejects.toBeInstanceOf(ProviderError);
    await expect(error).rejects.toMatchObject({ kind: 'invalid_output', retryable: true, message: expect.stringContaining('bad: nope') });
  });
});

describe('modelNotFoundHint', () => {
  const today = new Date('2026-12-01T12:00:00Z');

  it('names the shutdown date and the replacement of a retired model, by id or alias', () => {
    expect(modelNotFoundHint('gemini-2.5-flash', today)).toBe('gemini-2.5-flash was shut down on 2026-12-01 by Google; use gemini-3.8-flash instead');
    expect(modelNotFoundHint('claude-sonnet-4-5-20250929', today)).toBe('claude-sonnet-4-5 was shut down on 2026-11-30 by Anthropic; use claude-sonnet-5-5 instead');
  });

  it('does not call a model shut down before its date', () => {
    expect(modelNotFoundHint('gemini-3.8-flash', today)).toBe("our model registry lists gemini-3.8-flash as served; check the model id, the API version and the project's access");
    expect(modelNotFoundHint('gemini-3.1-flash-lite', today)).toContain('as served until 2027-05-07');
    expect(modelNotFoundHint('gemini-3.1-flash-lite', new Date('2027-05-07T00:00:00Z'))).toContain('was shut down on 2027-05-07');
  });

  it('says when the registry does not know the model', () => {
    expect(modelNotFoundHint('gemini-unheard-of', today)).toContain('not in our model registry');
  });
});
