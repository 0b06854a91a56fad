import { createGeminiCodeProvider, type GeminiCodeOptions } from '../../src/providers/gemini/index.js';
import { ProviderError } from '../../src/providers/provider-error.js';
import { createFakeGemini, GEMINI_KEY, geminiError, geminiText } from '../fakes/fake-gemini.js';
import { exposeUndiciDispatcherToJest } from '../fakes/jest-undici-shim.js';
import { CODE_INPUT, GOOD_HTML, IMAGE_URL, recordingContext, rejectionOf } from '../fakes/provider-fixtures.js';

exposeUndiciDispatcherToJest();
const fake = createFakeGemini();
const options = (overrides: Partial<GeminiCodeOptions> = {}): GeminiCodeOptions => ({
  apiKey: GEMINI_KEY,
  model: 'gemini-3.8-flash',
  maxOutputTokens: 16_000,
  baseUrl: fake.url,
  timeoutMs: 5000,
  ...overrides,
});

beforeAll(() => fake.start());
afterAll(() => fake.stop());
beforeEach(() => fake.reset());

const render = (ctx = recordingContext().ctx) => createGeminiCodeProvider(options()).render(CODE_INPUT, ctx);

describe('Gemini code provider', () => {
  it('extracts the page from a fenced reply, asks for MEDIUM thinking with room for it, and records usage', async () => {
    fake.queue('generateContent', geminiText(`Voilà:\n\`\`\`html\n${GOOD_HTML}\n\`\`\``, { usage: { promptTokenCount: 1500, candidatesTokenCount: 3000 } }));
    const { ctx, usage } = recordingContext();
    await expect(render(ctx)).resolves.toBe(GOOD_HTML);
    expect(fake.received('generateContent')[0]?.body).toMatchObject({
      // 16 000 for the page plus 8192 reserved for MEDIUM thinking.
      generationConfig: { maxOutputTokens: 24_192, thinkingConfig: { thinkingLevel: 'MEDIUM' } },
      systemInstruction: { parts: [{ text: expect.stringContaining('HTML5') }] },
    });
    expect(usage).toEqual([{ provider: 'gemini', model: 'gemini-3.8-flash', inputTokens: 1500, outputTokens: 3000, images: 0 }]);
  });

  it('accepts a page whose only fault is an external resource in one request (the code step removes it)', async () => {
    const external = GOOD_HTML.replace('</head>', '<link rel="stylesheet" href="https://fonts.example.test/css"></head>');
    fake.queue('generateContent', geminiText(external));
    await expect(render()).resolves.toBe(external);
    expect(fake.received('generateContent')).toHaveLength(1);
  });

  it('feeds a failed check back once as a model turn plus feedback, then accepts the fix', async () => {
    const external = GOOD_HTML.replace('</head>', '<link rel="stylesheet" href="https://fonts.example.test/css"></head>').replace('<h1>妈妈，生日快乐</h1>', '');
    fake.queue('generateContent', geminiText(external), geminiText(GOOD_HTML));
    await expect(render()).resolves.toBe(GOOD_HTML);
    expect(fake.received('generateContent')[1]?.body).toMatchObject({
      contents: [
        { role: 'user', parts: [{ text: expect.stringContaining(IMAGE_URL) }] },
        { role: 'model', parts: [{ text: external }] },
        { role: 'user', parts: [{ text: expect.stringContaining('must not load https://fonts.example.test/css (<link>)') }] },
      ],
    });
  });

  it('gives up after one repair, retryably', async () => {
    fake.queue('generateContent', geminiText('<html><body>hi</body></html>'), geminiText('<html><body>hi</body></html>'));
    const error = await rejectionOf(render());
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: 'invalid_output', retryable: true });
    expect(String(error)).toContain('DOCTYPE');
  });

  it('maps a 500 to server with a single request', async () => {
    fake.queue('generateContent', geminiError(500, 'INTERNAL', 'An internal error has occurred.'));
    await expect(rejectionOf(render())).resolves.toMatchObject({ kind: 'server', retryable: true });
    expect(fake.received('generateContent')).toHaveLength(1);
  });
});
