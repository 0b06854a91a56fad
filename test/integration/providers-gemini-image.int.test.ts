import { ProviderError } from '../../src/providers/provider-error.js';
import { checkGeminiHealth, createGeminiImageProvider, type GeminiImageOptions } from '../../src/providers/gemini/index.js';
import {
  createFakeGemini,
  GEMINI_KEY,
  geminiError,
  geminiFinished,
  geminiImage,
  geminiModel,
  geminiPromptBlocked,
  geminiText,
  generationConfigOf,
  imagenFiltered,
  imagenPrediction,
  retryInfo,
} from '../fakes/fake-gemini.js';
import { hang } from '../fakes/fake-server.js';
import { exposeUndiciDispatcherToJest } from '../fakes/jest-undici-shim.js';
import { CONCEPT, COPY, recordingContext, rejectionOf, REQUEST } from '../fakes/provider-fixtures.js';
import { jpegHeaderBytes, pngBytes } from '../fakes/sample-images.js';
import { waitFor } from '../support/wait.js';

exposeUndiciDispatcherToJest();
const fake = createFakeGemini();
const INPUT = { request: REQUEST, concept: CONCEPT, copy: COPY };

const options = (overrides: Partial<GeminiImageOptions> = {}): GeminiImageOptions => ({
  apiKey: GEMINI_KEY,
  model: 'gemini-nano-banana-2.1',
  aspectRatio: '3:4',
  baseUrl: fake.url,
  timeoutMs: 5000,
  ...overrides,
});
// google-auth-library sets itself up on a client's first Vertex request (~1 s of CPU alone); on a loaded
// CI machine that can pass a 5 s call deadline, which is not what these tests are about.
const VERTEX_TIMEOUT_MS = 30_000;
jest.setTimeout(60_000);
const VERTEX = { project: 'postcards-test', location: 'global', googleAuthOptions: { apiKey: GEMINI_KEY, universeDomain: 'googleapis.com' } };

beforeAll(() => fake.start());
afterAll(() => fake.stop());
beforeEach(() => fake.reset());

async function providerError(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

const illustrate = (overrides: Partial<GeminiImageOptions> = {}, ctx = recordingContext().ctx) =>
  createGeminiImageProvider(options(overrides)).illustrate(INPUT, ctx);

describe('Gemini image provider (API key)', () => {
  it('returns the first inline image with its size read from the PNG header, and records usage', async () => {
    const png = pngBytes(48, 64);
    fake.queue('generateContent', geminiImage(png, 'image/png', { text: 'Here is your illustration.' }));
    const { ctx, usage } = recordingContext();
    const image = await illustrate({}, ctx);

    expect(image).toMatchObject({ contentType: 'image/png', width: 48, height: 64 });
    expect(Buffer.from(image.bytes).equals(Buffer.from(png))).toBe(true);
    const [request] = fake.received('generateContent');
    expect(request?.path).toBe('/v1beta/models/gemini-nano-banana-2.1:generateContent');
    expect(request?.body).toMatchObject({
      generationConfig: { responseModalities: ['IMAGE'], imageConfig: { aspectRatio: '3:4' } },
      contents: [{ role: 'user', parts: [{ text: expect.stringContaining('no text') }] }],
    });
    expect(usage).toEqual([{ provider: 'gemini', model: 'gemini-nano-banana-2.1', inputTokens: 40, outputTokens: 1290, images: 1 }]);
  });

  it('trusts the bytes over the declared mime type', async () => {
    fake.queue('generateContent', geminiImage(jpegHeaderBytes(800, 600), 'image/png'));
    await expect(illustrate({ imageSize: '2K' })).resolves.toMatchObject({ contentType: 'image/jpeg', width: 800, height: 600 });
    expect(fake.received('generateContent')[0]?.body).toMatchObject({ generationConfig: { imageConfig: { aspectRatio: '3:4', imageSize: '2K' } } });
  });

  it('skips a draft image sent as a thought part and returns the final one, billing one image', async () => {
    const draft = pngBytes(16, 16);
    const final = pngBytes(48, 64);
    fake.queue('generateContent', geminiImage(final, 'image/png', { draft }));
    const { ctx, usage } = recordingContext();
    const image = await illustrate({}, ctx);
    expect(image).toMatchObject({ width: 48, height: 64 });
    expect(Buffer.from(image.bytes).equals(Buffer.from(final))).toBe(true);
    expect(usage).toMatchObject([{ images: 1 }]);
  });

  it('never sends imageSize to a fixed-size model, and records what it did send', async () => {
    fake.queue('generateContent', geminiImage(pngBytes(32, 32), 'image/png'));
    const { ctx, sent, prompts } = recordingContext();
    await expect(illustrate({ model: 'gemini-3.1-flash-lite-image', imageSize: '2K' }, ctx)).resolves.toMatchObject({ width: 32 });
    expect(generationConfigOf(fake.received('generateContent')[0]).imageConfig).toEqual({ aspectRatio: '3:4' });
    expect(sent).toEqual([{ provider: 'gemini', model: 'gemini-3.1-flash-lite-image', aspect_ratio: '3:4' }]);
    // The prompt it records (the status's image_metadata.prompt) is the text it sent, word for word.
    expect(fake.received('generateContent')[0]?.body).toMatchObject({ contents: [{ parts: [{ text: prompts[0] }] }] });
    expect(prompts).toHaveLength(1);
  });

  it('rejects image data that is not PNG, JPEG or WebP as invalid output', async () => {
    fake.queue('generateContent', geminiImage(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), 'image/png'));
    await expect(providerError(illustrate())).resolves.toMatchObject({ kind: 'invalid_output', retryable: true });
  });

  it.each([
    ['a blocked prompt', geminiPromptBlocked('SAFETY'), 'SAFETY'],
    ['an IMAGE_SAFETY finish', geminiFinished('IMAGE_SAFETY'), 'IMAGE_SAFETY'],
    ['a PROHIBITED_CONTENT finish', geminiFinished('PROHIBITED_CONTENT'), 'PROHIBITED_CONTENT'],
  ])('maps %s to a non-retryable safety error naming the reason', async (_label, scripted, reason) => {
    fake.queue('generateContent', scripted);
    const { ctx, usage } = recordingContext();
    const error = await providerError(illustrate({}, ctx));
    expect(error).toMatchObject({ provider: 'gemini', kind: 'safety', retryable: false });
    expect(error.message).toContain(reason);
    expect(usage).toMatchObject([{ images: 0 }]);
  });

  it('treats a text-only answer without a block reason as retryable invalid output', async () => {
    fake.queue('generateContent', geminiText('I would love to draw that, but could you describe the garden?'));
    const error = await providerError(illustrate());
    expect(error).toMatchObject({ kind: 'invalid_output', retryable: true });
    expect(error.message).toContain('describe the garden');
  });

  it('maps errors and timeouts like the text provider, with one request each', async () => {
    fake.queue('generateContent', geminiError(503, 'UNAVAILABLE', 'The model is overloaded. Please try again later.'), hang);
    await expect(providerError(illustrate())).resolves.toMatchObject({ kind: 'server', retryable: true });
    await expect(providerError(illustrate({ timeoutMs: 150 }))).resolves.toMatchObject({ kind: 'timeout', retryable: true });
    expect(fake.received('generateContent')).toHaveLength(2);
  });

  it('rejects with the abort reason when the step signal aborts', async () => {
    fake.queue('generateContent', hang);
    const { ctx, controller } = recordingContext();
    const pending = illustrate({}, ctx);
    const reason = new DOMException('step timed out', 'TimeoutError');
    const outcome = expect(pending).rejects.toBe(reason);
    // Abort while the request is in flight: once the fake has it.
    await waitFor(async () => fake.received('generateContent').length, (n) => n === 1, { what: 'the request to reach the fake' });
    controller.abort(reason);
    await outcome;
  });
});

describe('Gemini image provider (Vertex AI)', () => {
  // One provider for the block: google-auth-library spends ~0.5 s setting up a new client's first request.
  let vertexProvider: ReturnType<typeof createGeminiImageProvider>;
  beforeAll(() => {
    vertexProvider = createGeminiImageProvider(options({ vertex: VERTEX, aspectRatio: '4:3', imageSize: '2K', timeoutMs: VERTEX_TIMEOUT_MS }));
  });
  const vertex = (ctx = recordingContext().ctx) => vertexProvider.illustrate(INPUT, ctx);

  it('paints with the Gemini image model through generateContent under the project and location', async () => {
    fake.queue('generateContent', geminiImage(pngBytes(40, 30), 'image/png'));
    const { ctx, usage } = recordingContext();
    await expect(vertex(ctx)).resolves.toMatchObject({ contentType: 'image/png', width: 40, height: 30 });

    const [request] = fake.received('generateContent');
    expect(request?.path).toBe('/v1beta1/projects/postcards-test/locations/global/publishers/google/models/gemini-nano-banana-2.1:generateContent');
    expect(request?.body).toMatchObject({
      contents: [{ role: 'user', parts: [{ text: expect.stringContaining('postcard illustration') }] }],
      generationConfig: { responseModalities: ['IMAGE'], imageConfig: { aspectRatio: '4:3', imageSize: '2K' } },
    });
    expect(fake.received('predict')).toHaveLength(0);
    expect(usage).toEqual([{ provider: 'gemini', model: 'gemini-nano-banana-2.1', inputTokens: 40, outputTokens: 1290, images: 1 }]);
  });

  it('maps Vertex errors by status, with the RetryInfo delay', async () => {
    fake.queue('generateContent', geminiError(429, 'RESOURCE_EXHAUSTED', 'Quota exceeded for aiplatform.googleapis.com/generate_content_requests_per_minute_per_project_per_base_model.', [
      retryInfo('7s'),
    ]));
    await expect(providerError(vertex())).resolves.toMatchObject({ kind: 'rate_limit', retryable: true, retryAfterMs: 7000 });
  });

  it('checks health with models.get on the publisher model', async () => {
    fake.queue('getModel', geminiModel('gemini-nano-banana-2.1'));
    await expect(checkGeminiHealth({ apiKey: '', model: 'gemini-nano-banana-2.1', vertex: VERTEX, baseUrl: fake.url, timeoutMs: VERTEX_TIMEOUT_MS })).resolves.toBeUndefined();
    expect(fake.received('getModel')[0]?.path).toBe('/v1beta1/publishers/google/models/gemini-nano-banana-2.1');
  });
});

describe('Gemini image provider with an imagen-* model (Vertex :predict)', () => {
  let imagen: ReturnType<typeof createGeminiImageProvider>;
  // @google/genai 3.x logs once that generateImages is deprecated; keep test output clean.
  let warn: jest.SpyInstance;
  beforeAll(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    imagen = createGeminiImageProvider(options({ model: 'imagen-4.0-generate-001', vertex: VERTEX, aspectRatio: '4:3', timeoutMs: VERTEX_TIMEOUT_MS }));
  });
  afterAll(() => warn.mockRestore());
  const paint = (ctx = recordingContext().ctx) => imagen.illustrate(INPUT, ctx);

  it('is answered 404 now that Imagen is shut down, naming the replacement', async () => {
    const error = await providerError(paint());
    expect(error).toMatchObject({ kind: 'not_found', retryable: false });
    expect(error.message).toContain('imagen-4.0-generate-001 was shut down on 2026-08-17 by Google; use gemini-nano-banana-2.1 instead');
    expect(fake.received('predict')[0]?.path).toBe('/v1beta1/projects/postcards-test/locations/global/publishers/google/models/imagen-4.0-generate-001:predict');
  });

  // The :predict path stays for an imagen-* id the registry does not know; these pin its answer mapping.
  describe('answer mapping (refusals off)', () => {
    beforeEach(() => fake.acceptEverything());

    it('returns the predicted image and bills it per image', async () => {
      fake.queue('predict', imagenPrediction(pngBytes(40, 30)));
      const { ctx, usage, prompts } = recordingContext();
      await expect(paint(ctx)).resolves.toMatchObject({ contentType: 'image/png', width: 40, height: 30 });
      expect(fake.received('predict')[0]?.body).toMatchObject({ instances: [{ prompt: prompts[0] }], parameters: { sampleCount: 1, aspectRatio: '4:3', includeRaiReason: true } });
      expect(usage).toEqual([{ provider: 'gemini', model: 'imagen-4.0-generate-001', inputTokens: 0, outputTokens: 0, images: 1 }]);
    });

    it('maps an RAI-filtered result to safety and an empty prediction list to retryable invalid output', async () => {
      fake.queue('predict', imagenFiltered('filtered out the generated image. Support codes: 58061214'), { kind: 'json', status: 200, body: {} });
      const filtered = await providerError(paint());
      expect(filtered).toMatchObject({ kind: 'safety', retryable: false });
      expect(filtered.message).toContain('58061214');
      await expect(providerError(paint())).resolves.toMatchObject({ kind: 'invalid_output', retryable: true });
    });
  });
});
