import { GoogleGenAI } from '@google/genai';
import { ConceptSchema, type Concept } from '../../src/providers/contracts.js';
import { checkGeminiHealth, createGeminiTextProvider, type GeminiTextOptions } from '../../src/providers/gemini/index.js';
import { ProviderError } from '../../src/providers/provider-error.js';
import {
  createFakeGemini,
  GEMINI_KEY,
  geminiError,
  geminiModel,
  geminiPromptBlocked,
  geminiText,
  geminiTextStream,
  generationConfigOf,
  quotaFailure,
  retryInfo,
} from '../fakes/fake-gemini.js';
import { hang } from '../fakes/fake-server.js';
import { exposeUndiciDispatcherToJest } from '../fakes/jest-undici-shim.js';
import { CONCEPT, COPY, recordingContext, rejectionOf, REQUEST } from '../fakes/provider-fixtures.js';
import { waitFor } from '../support/wait.js';

exposeUndiciDispatcherToJest();
const fake = createFakeGemini();
const options = (overrides: Partial<GeminiTextOptions> = {}): GeminiTextOptions => ({
  apiKey: GEMINI_KEY,
  model: 'gemini-3.8-flash',
  maxOutputTokens: 2048,
  baseUrl: fake.url,
  timeoutMs: 5000,
  ...overrides,
});

beforeAll(() => fake.start());
afterAll(() => fake.stop());
beforeEach(() => fake.reset());

async function providerError(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

const concept = (ctx = recordingContext().ctx) => createGeminiTextProvider(options()).concept({ request: REQUEST }, ctx);

describe('Gemini text provider', () => {
  it('returns a schema-valid concept, sends structured-output config with the model\'s thinking level, and records usage', async () => {
    fake.queue('generateContent', geminiText(JSON.stringify(CONCEPT), { usage: { promptTokenCount: 321, candidatesTokenCount: 99, thoughtsTokenCount: 11 } }));
    const { ctx, usage } = recordingContext();
    await expect(concept(ctx)).resolves.toEqual(CONCEPT);

    const [request] = fake.received('generateContent');
    expect(request?.path).toBe('/v1beta/models/gemini-3.8-flash:generateContent');
    expect(request?.headers['x-goog-api-key']).toBe(GEMINI_KEY);
    expect(request?.body).toMatchObject({
      systemInstruction: { parts: [{ text: expect.stringContaining('exactly one JSON object') }] },
      // The answer's 2048 tokens plus the 2048 reserved for LOW thinking: thought tokens count toward the limit.
      generationConfig: { responseMimeType: 'application/json', maxOutputTokens: 4096, thinkingConfig: { thinkingLevel: 'LOW' } },
      contents: [{ role: 'user', parts: [{ text: expect.stringContaining(REQUEST.prompt) }] }],
    });
    // Gemini 3.6+ advises against changing sampling: nothing was configured, so nothing is sent.
    for (const param of ['temperature', 'topP', 'topK']) expect(generationConfigOf(request)).not.toHaveProperty(param);
    const schema = JSON.stringify(request?.body);
    expect(schema).toContain('"responseJsonSchema"');
    expect(schema).not.toContain('"pattern"');
    expect(usage).toEqual([{ provider: 'gemini', model: 'gemini-3.8-flash', inputTokens: 321, outputTokens: 110, images: 0 }]);
  });

  it('writes copy for the concept in its language', async () => {
    fake.queue('generateContent', geminiText(JSON.stringify(COPY)));
    const copy = await createGeminiTextProvider(options()).copy({ request: REQUEST, concept: CONCEPT }, recordingContext().ctx);
    expect(copy).toEqual(COPY);
    expect(JSON.stringify(fake.received('generateContent')[0]?.body)).toContain('Simplified Chinese');
  });

  it('repairs malformed JSON once, sending back the rejected answer and the problems', async () => {
    const bad = '{"theme": "garden", "occasion": ';
    fake.queue('generateContent', geminiText(bad), geminiText(JSON.stringify(CONCEPT)));
    const { ctx, usage } = recordingContext();
    await expect(concept(ctx)).resolves.toEqual(CONCEPT);

    const [, repair] = fake.received('generateContent');
    expect(repair?.body).toMatchObject({
      contents: [
        { role: 'user' },
        { role: 'model', parts: [{ text: bad }] },
        { role: 'user', parts: [{ text: expect.stringContaining('not valid JSON') }] },
      ],
    });
    expect(usage).toHaveLength(2);
  });

  it('sends schema violations back as feedback', async () => {
    const wrong: Concept = { ...CONCEPT, palette: ['#fff', 'red', '#123456'] };
    fake.queue('generateContent', geminiText(JSON.stringify(wrong)), geminiText(JSON.stringify(CONCEPT)));
    await expect(concept()).resolves.toEqual(CONCEPT);
    const feedback = JSON.stringify(fake.received('generateContent')[1]?.body);
    expect(feedback).toContain('palette.0: a #rrggbb colour');
    expect(feedback).toContain('palette.1: a #rrggbb colour');
  });

  it('gives up after one repair with a retryable invalid_output', async () => {
    const wrong = JSON.stringify({ ...CONCEPT, occasion: 'oktoberfest' });
    fake.queue('generateContent', geminiText(wrong), geminiText(wrong));
    const { ctx, usage } = recordingContext();
    const error = await providerError(concept(ctx));
    expect(error).toMatchObject({ provider: 'gemini', kind: 'invalid_output', retryable: true });
    expect(error.message).toContain('occasion');
    expect(fake.received('generateContent')).toHaveLength(2);
    expect(usage).toHaveLength(2);
    expect(ConceptSchema.safeParse(JSON.parse(wrong)).success).toBe(false);
  });

  it('maps the free-tier per-minute 429 ("check your plan and billing details", RetryInfo) to a retryable rate_limit carrying the delay, without SDK retries', async () => {
    fake.queue('generateContent', geminiError(429, 'RESOURCE_EXHAUSTED', 'You exceeded your current quota, please check your plan and billing details.', [
      quotaFailure('GenerateRequestsPerMinutePerProjectPerModel-FreeTier'),
      retryInfo('3s'),
    ]));
    const error = await providerError(concept());
    expect(error).toMatchObject({ kind: 'rate_limit', retryable: true, retryAfterMs: 3000 });
    expect(fake.received('generateContent')).toHaveLength(1);
  });

  it('maps the generic "Resource has been exhausted" 429 without RetryInfo to a retryable rate_limit (a per-minute limit says this too)', async () => {
    fake.queue('generateContent', geminiError(429, 'RESOURCE_EXHAUSTED', 'Resource has been exhausted (e.g. check quota).'));
    const error = await providerError(concept());
    expect(error).toMatchObject({ kind: 'rate_limit', retryable: true, retryAfterMs: undefined });
    expect(fake.received('generateContent')).toHaveLength(1);
  });

  it('maps a per-day QuotaFailure to a non-retryable quota error, even with a RetryInfo', async () => {
    fake.queue('generateContent', geminiError(429, 'RESOURCE_EXHAUSTED', 'You exceeded your current quota.', [
      quotaFailure('GenerateRequestsPerDayPerProjectPerModel'),
      retryInfo('40s'),
    ]));
    await expect(providerError(concept())).resolves.toMatchObject({ kind: 'quota', retryable: false, retryAfterMs: undefined });
  });

  it('maps depleted prepaid credit to a non-retryable quota error', async () => {
    fake.queue('generateContent', geminiError(429, 'RESOURCE_EXHAUSTED', 'Your prepayment credits are depleted. Please check your billing details.'));
    await expect(providerError(concept())).resolves.toMatchObject({ kind: 'quota', retryable: false });
  });

  it.each([
    [500, 'INTERNAL', 'server', true],
    [503, 'UNAVAILABLE', 'server', true],
    [403, 'PERMISSION_DENIED', 'auth', false],
    [404, 'NOT_FOUND', 'not_found', false],
    [400, 'INVALID_ARGUMENT', 'bad_request', false],
  ])('maps HTTP %i %s to %s (retryable %s), with exactly one request', async (code, status, kind, retryable) => {
    fake.queue('generateContent', geminiError(code, status, `fake ${status}`));
    await expect(providerError(concept())).resolves.toMatchObject({ kind, retryable });
    expect(fake.received('generateContent')).toHaveLength(1);
  });

  it('maps a rejected API key (400 API_KEY_INVALID) and 401 UNAUTHENTICATED to auth', async () => {
    await expect(providerError(createGeminiTextProvider(options({ apiKey: 'wrong' })).concept({ request: REQUEST }, recordingContext().ctx)))
      .resolves.toMatchObject({ kind: 'auth', retryable: false });
    fake.queue('generateContent', geminiError(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials.'));
    await expect(providerError(concept())).resolves.toMatchObject({ kind: 'auth', retryable: false });
  });

  it('maps a blocked prompt to a non-retryable safety error naming the reason', async () => {
    fake.queue('generateContent', geminiPromptBlocked('PROHIBITED_CONTENT'));
    const { ctx, usage } = recordingContext();
    const error = await providerError(concept(ctx));
    expect(error).toMatchObject({ kind: 'safety', retryable: false });
    expect(error.message).toContain('PROHIBITED_CONTENT');
    expect(usage).toHaveLength(1);
  });

  it('times out a request that never answers with a retryable timeout', async () => {
    fake.queue('generateContent', hang);
    const error = await providerError(createGeminiTextProvider(options({ timeoutMs: 200 })).concept({ request: REQUEST }, recordingContext().ctx));
    expect(error).toMatchObject({ kind: 'timeout', retryable: true });
  });

  it('rejects with the abort reason when the step signal aborts', async () => {
    fake.queue('generateContent', hang);
    const { ctx, controller } = recordingContext();
    const pending = concept(ctx);
    const reason = new Error('job cancelled');
    const outcome = expect(pending).rejects.toBe(reason);
    // Abort while the request is in flight: once the fake has it.
    await waitFor(async () => fake.received('generateContent').length, (n) => n === 1, { what: 'the request to reach the fake' });
    controller.abort(reason);
    await outcome;
  });

  it('maps an unreachable server to a retryable network error', async () => {
    const closed = createFakeGemini();
    await closed.start();
    const url = closed.url;
    await closed.stop();
    const error = await providerError(createGeminiTextProvider(options({ baseUrl: url })).concept({ request: REQUEST }, recordingContext().ctx));
    expect(error).toMatchObject({ kind: 'network', retryable: true });
  });

  it('checks health with models.get', async () => {
    fake.queue('getModel', geminiModel('gemini-3.8-flash'));
    await expect(checkGeminiHealth({ apiKey: GEMINI_KEY, model: 'gemini-3.8-flash', baseUrl: fake.url, timeoutMs: 1000 })).resolves.toBeUndefined();
    expect(fake.received('getModel')[0]?.path).toBe('/v1beta/models/gemini-3.8-flash');
    await expect(checkGeminiHealth({ apiKey: 'wrong', model: 'gemini-3.8-flash', baseUrl: fake.url, timeoutMs: 1000 })).rejects.toMatchObject({ kind: 'auth' });
  });

  it('serves SSE streams the SDK can parse', async () => {
    fake.queue('streamGenerateContent', geminiTextStream(['Hello, ', 'postcard', '!']));
    const client = new GoogleGenAI({ vertexai: false, apiKey: GEMINI_KEY, apiVersion: 'v1beta', httpOptions: { baseUrl: fake.url } });
    let text = '';
    for await (const chunk of await client.models.generateContentStream({ model: 'gemini-3.8-flash', contents: 'hi' })) text += chunk.text ?? '';
    expect(text).toBe('Hello, postcard!');
    expect(fake.received('streamGenerateContent')[0]?.query.get('alt')).toBe('sse');
  });
});
