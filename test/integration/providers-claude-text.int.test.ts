import { createClaudeTextProvider, type ClaudeTextOptions } from '../../src/providers/claude/index.js';
import type { Concept } from '../../src/providers/contracts.js';
import { ProviderError } from '../../src/providers/provider-error.js';
import { ANTHROPIC_KEY, anthropicError, anthropicReply, createFakeAnthropic } from '../fakes/fake-anthropic.js';
import { CONCEPT, COPY, recordingContext, rejectionOf, REQUEST } from '../fakes/provider-fixtures.js';

const fake = createFakeAnthropic();
const options = (overrides: Partial<ClaudeTextOptions> = {}): ClaudeTextOptions => ({
  apiKey: ANTHROPIC_KEY,
  model: 'claude-haiku-5-5',
  maxTokens: 2048,
  baseUrl: fake.url,
  timeoutMs: 5000,
  ...overrides,
});

beforeAll(() => fake.start());
afterAll(() => fake.stop());
beforeEach(() => fake.reset());

const concept = (ctx = recordingContext().ctx) => createClaudeTextProvider(options()).concept({ request: REQUEST }, ctx);

function body(index: number): Record<string, unknown> {
  const sent = fake.received('messages')[index]?.body;
  if (typeof sent !== 'object' || sent === null) throw new Error(`no request ${index}`);
  return { ...sent };
}

describe('Claude text provider', () => {
  it('returns a schema-valid concept from JSON text, with the schema in the prompt, adaptive thinking and no sampling parameters', async () => {
    fake.queue('messages', anthropicReply(JSON.stringify(CONCEPT), { usage: { input_tokens: 900, output_tokens: 210 } }));
    const { ctx, usage } = recordingContext();
    await expect(concept(ctx)).resolves.toEqual(CONCEPT);

    const sent = body(0);
    // 2048 for the answer plus 2048 reserved for low-effort thinking, which counts toward max_tokens.
    expect(sent).toMatchObject({
      model: 'claude-haiku-5-5',
      max_tokens: 4096,
      thinking: { type: 'adaptive' },
      output_config: { effort: 'low' },
      stream: true,
      system: expect.stringContaining('JSON'),
    });
    for (const param of ['temperature', 'top_p', 'top_k']) expect(sent).not.toHaveProperty(param);
    const prompt = JSON.stringify(sent.messages);
    expect(prompt).toContain('JSON schema of the answer');
    expect(prompt).toContain('spring_festival');
    expect(usage).toEqual([{ provider: 'claude', model: 'claude-haiku-5-5', inputTokens: 900, outputTokens: 210, images: 0 }]);
  });

  it('accepts JSON wrapped in a fence with a sentence around it', async () => {
    fake.queue('messages', anthropicReply(`Sure! Here it is:\n\`\`\`json\n${JSON.stringify(COPY, null, 2)}\n\`\`\`\nHope you like it.`));
    const copy = await createClaudeTextProvider(options()).copy({ request: REQUEST, concept: CONCEPT }, recordingContext().ctx);
    expect(copy).toEqual(COPY);
  });

  it('repairs an invalid answer once, with its previous answer and the validation errors in the conversation', async () => {
    const wrong: Concept = { ...CONCEPT, language: 'it' as Concept['language'], motifs: [] };
    fake.queue('messages', anthropicReply(JSON.stringify(wrong)), anthropicReply(JSON.stringify(CONCEPT)));
    const { ctx, usage } = recordingContext();
    await expect(concept(ctx)).resolves.toEqual(CONCEPT);

    expect(body(1).messages).toEqual([
      { role: 'user', content: expect.stringContaining(REQUEST.prompt) },
      { role: 'assistant', content: JSON.stringify(wrong) },
      { role: 'user', content: expect.stringMatching(/language: .*\n- motifs: /s) },
    ]);
    expect(usage).toHaveLength(2);
  });

  it('fails with a retryable invalid_output after a second invalid answer', async () => {
    fake.queue('messages', anthropicReply('not json at all'), anthropicReply('{"theme": }'));
    const error = await rejectionOf(concept());
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ provider: 'claude', kind: 'invalid_output', retryable: true });
    expect(fake.received('messages')).toHaveLength(2);
  });

  it('does not repair transport failures: a 529 fails the call at once', async () => {
    fake.queue('messages', anthropicError(529, 'overloaded_error', 'Overloaded'));
    await expect(rejectionOf(concept())).resolves.toMatchObject({ kind: 'overloaded', retryable: true });
    expect(fake.received('messages')).toHaveLength(1);
  });
});
