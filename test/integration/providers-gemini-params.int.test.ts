import type { Concept } from '../../src/providers/contracts.js';
import { createGeminiTextProvider, type GeminiTextOptions } from '../../src/providers/gemini/index.js';
import type { CallParams } from '../../src/providers/generation-params.js';
import { createFakeGemini, GEMINI_KEY, geminiText, generationConfigOf } from '../fakes/fake-gemini.js';
import { exposeUndiciDispatcherToJest } from '../fakes/jest-undici-shim.js';
import { CONCEPT, recordingContext, REQUEST } from '../fakes/provider-fixtures.js';

/**
 * What the Gemini text adapter puts in generationConfig, checked against a
 * fake that answers 400 for what the real API refuses (a thinking level the
 * model does not take, thinkingBudget on Gemini 3): the registry decides the
 * thinking level, the output limit and which sampling parameters are sent.
 */
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

async function conceptWith(overrides: Partial<GeminiTextOptions>, params?: CallParams) {
  fake.queue('generateContent', geminiText(JSON.stringify(CONCEPT)));
  const recording = recordingContext(params);
  await expect(createGeminiTextProvider(options(overrides)).concept({ request: REQUEST }, recording.ctx)).resolves.toEqual(CONCEPT);
  return { config: generationConfigOf(fake.received('generateContent')[0]), sent: recording.sent };
}

describe('Gemini thinking level', () => {
  it('sends LOW, never MINIMAL, to gemini-3.8-flash when minimal thinking is asked for (the model refuses MINIMAL)', async () => {
    const { config, sent } = await conceptWith({ thinking: 'minimal' });
    expect(config.thinkingConfig).toEqual({ thinkingLevel: 'LOW' });
    // Room for the level sent (LOW: 2048), not the one wished for (minimal: 512): thoughts share the limit.
    expect(config.maxOutputTokens).toBe(2048 + 2048);
    expect(sent).toEqual([{ provider: 'gemini', model: 'gemini-3.8-flash', max_output_tokens: 4096, thinking: 'low' }]);
  });

  it('sends MINIMAL, with its smaller allowance, to a model that takes it', async () => {
    const { config } = await conceptWith({ model: 'gemini-3.5-flash-lite', thinking: 'minimal' });
    expect(config.thinkingConfig).toEqual({ thinkingLevel: 'MINIMAL' });
    expect(config.maxOutputTokens).toBe(2048 + 512);
  });

  it('sends the lowest level, never a thinkingBudget, for "off" to a Gemini 3 model that cannot stop thinking', async () => {
    const { config } = await conceptWith({ thinking: 'off' });
    expect(config.thinkingConfig).toEqual({ thinkingLevel: 'LOW' });
    expect(config.maxOutputTokens).toBe(2048 + 2048);
  });
});

describe('Gemini sampling parameters', () => {
  it('sends none to gemini-3.8-flash when none is configured (Gemini 3.6+ advises against changing them)', async () => {
    const { config, sent } = await conceptWith({});
    for (const param of ['temperature', 'topP', 'topK']) expect(config).not.toHaveProperty(param);
    expect(sent[0]).not.toHaveProperty('temperature');
  });

  it('sends temperature, topP and topK an operator configured explicitly, and records them', async () => {
    const { config, sent } = await conceptWith({ temperature: 0.9, topP: 0.95, topK: 40 });
    expect(config).toMatchObject({ temperature: 0.9, topP: 0.95, topK: 40 });
    expect(sent).toEqual([{ provider: 'gemini', model: 'gemini-3.8-flash', max_output_tokens: 4096, thinking: 'low', temperature: 0.9, top_p: 0.95, top_k: 40 }]);
  });

  it("takes the pipeline's settings (ctx.params) over its own: a default temperature is dropped, an explicit one sent", async () => {
    const tuned: CallParams = { temperature: 0.8, explicitTemperature: false, answerTokens: 1024, thinking: 'low' };
    const implicit = await conceptWith({ temperature: 0.3 }, tuned);
    expect(implicit.config).not.toHaveProperty('temperature');
    expect(implicit.config.maxOutputTokens).toBe(1024 + 2048);

    fake.reset();
    const explicit = await conceptWith({}, { ...tuned, explicitTemperature: true });
    expect(explicit.config.temperature).toBe(0.8);
  });
});

describe('Gemini model override', () => {
  it("sends to the model the pipeline's params name (a faster one), with that model's limits, and records it", async () => {
    fake.queue('generateContent', geminiText(JSON.stringify(CONCEPT)));
    const { ctx, sent, usage } = recordingContext({ temperature: undefined, answerTokens: 1024, thinking: 'minimal', model: 'gemini-3.5-flash-lite' });
    await expect(createGeminiTextProvider(options()).concept({ request: REQUEST }, ctx)).resolves.toEqual(CONCEPT);
    const [request] = fake.received('generateContent');
    expect(request?.path).toBe('/v1beta/models/gemini-3.5-flash-lite:generateContent');
    expect(generationConfigOf(request).thinkingConfig).toEqual({ thinkingLevel: 'MINIMAL' });
    expect(sent).toEqual([{ provider: 'gemini', model: 'gemini-3.5-flash-lite', max_output_tokens: 1024 + 512, thinking: 'minimal' }]);
    expect(usage).toMatchObject([{ model: 'gemini-3.5-flash-lite' }]);
  });
});

describe('Gemini thought parts', () => {
  it('leaves the thought summary out of the answer text and bills thought tokens as output', async () => {
    const thought = 'Draft: {"theme": "a first idea", "occasion": ';
    fake.queue('generateContent', geminiText(JSON.stringify(CONCEPT), { thought, usage: { promptTokenCount: 100, candidatesTokenCount: 60, thoughtsTokenCount: 400 } }));
    const { ctx, usage, checks } = recordingContext();
    const concept: Concept = await createGeminiTextProvider(options()).concept({ request: REQUEST }, ctx);
    expect(concept).toEqual(CONCEPT);
    expect(fake.received('generateContent')).toHaveLength(1);
    expect(checks).toEqual([{ repaired: false, truncated: false, problems: 0 }]);
    expect(usage).toEqual([{ provider: 'gemini', model: 'gemini-3.8-flash', inputTokens: 100, outputTokens: 460, images: 0 }]);
  });
});
