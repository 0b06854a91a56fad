import { createClaudeCodeProvider, type ClaudeCodeOptions } from '../../src/providers/claude/index.js';
import { ProviderError } from '../../src/providers/provider-error.js';
import { ANTHROPIC_KEY, anthropicReply, createFakeAnthropic } from '../fakes/fake-anthropic.js';
import { CODE_INPUT, GOOD_HTML, IMAGE_URL, recordingContext, rejectionOf } from '../fakes/provider-fixtures.js';

const fake = createFakeAnthropic();
const options = (overrides: Partial<ClaudeCodeOptions> = {}): ClaudeCodeOptions => ({
  apiKey: ANTHROPIC_KEY,
  model: 'claude-sonnet-5-5',
  maxTokens: 16000,
  baseUrl: fake.url,
  timeoutMs: 5000,
  ...overrides,
});

beforeAll(() => fake.start());
afterAll(() => fake.stop());
beforeEach(() => fake.reset());

const render = (ctx = recordingContext().ctx) => createClaudeCodeProvider(options()).render(CODE_INPUT, ctx);

interface SentMessage {
  readonly role: string;
  readonly content: string;
}

function sentMessages(index: number): SentMessage[] {
  const body = fake.received('messages')[index]?.body;
  if (typeof body !== 'object' || body === null || !('messages' in body) || !Array.isArray(body.messages)) throw new Error('no messages sent');
  return body.messages as SentMessage[];
}

describe('Claude code provider', () => {
  it('streams the page over SSE, returns it, and records usage', async () => {
    fake.queue('messages', anthropicReply(GOOD_HTML, { chunks: 7, usage: { input_tokens: 1800, output_tokens: 2400 } }));
    const { ctx, usage } = recordingContext();
    await expect(render(ctx)).resolves.toBe(GOOD_HTML);

    const [request] = fake.received('messages');
    expect(request?.headers.authorization).toBe(`Bearer ${ANTHROPIC_KEY}`);
    expect(request?.headers['anthropic-version']).toBeDefined();
    // 16 000 for the page plus 8192 reserved for medium-effort thinking.
    expect(request?.body).toMatchObject({
      model: 'claude-sonnet-5-5',
      max_tokens: 24_192,
      thinking: { type: 'adaptive' },
      output_config: { effort: 'medium' },
      stream: true,
      system: expect.stringContaining('HTML5'),
    });
    const [prompt] = sentMessages(0);
    expect(prompt?.content).toContain(IMAGE_URL);
    expect(prompt?.content).toContain('375px');
    expect(usage).toEqual([{ provider: 'claude', model: 'claude-sonnet-5-5', inputTokens: 1800, outputTokens: 2400, images: 0 }]);
  });

  it('extracts the document from a fenced reply with prose around it', async () => {
    const reply = `Here is your postcard!\n\n\`\`\`html\n${GOOD_HTML}\n\`\`\`\n\nIt flips when tapped. Enjoy.`;
    fake.queue('messages', anthropicReply(reply));
    await expect(render()).resolves.toBe(GOOD_HTML);
    expect(fake.received('messages')).toHaveLength(1);
  });

  it('feeds failed checks back once, keeping its previous answer in the conversation, then accepts the fix', async () => {
    const withoutImage = GOOD_HTML.replace(/<img[^>]*>/, '<img src="https://example.test/other.png" alt="">').replace('<script>', '<script src="https://cdn.test/x.js"></script><script>');
    fake.queue('messages', anthropicReply(withoutImage), anthropicReply(GOOD_HTML));
    const { ctx, usage } = recordingContext();
    await expect(render(ctx)).resolves.toBe(GOOD_HTML);

    const [first, previous, feedback] = sentMessages(1);
    expect(first).toEqual(sentMessages(0)[0]);
    expect(previous).toEqual({ role: 'assistant', content: withoutImage });
    expect(feedback?.role).toBe('user');
    expect(feedback?.content).toContain(`<img src="${IMAGE_URL}">`);
    expect(feedback?.content).toContain('must not load https://cdn.test/x.js (<script>)');
    expect(usage).toHaveLength(2);
  });

  it('fails with a retryable invalid_output when the repaired page still fails', async () => {
    const missingBody = GOOD_HTML.replace(/<p>谢谢你[\s\S]*?<\/p>/, '<p>…</p>');
    fake.queue('messages', anthropicReply(missingBody), anthropicReply(missingBody));
    const error = await rejectionOf(render());
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ provider: 'claude', kind: 'invalid_output', retryable: true });
    expect(String(error)).toContain('body text');
    expect(fake.received('messages')).toHaveLength(2);
  });

  it('rejects replies with no document or with two, and tells the model', async () => {
    fake.queue('messages', anthropicReply('I cannot do that right now.'), anthropicReply(`${GOOD_HTML}\n${GOOD_HTML}`));
    await expect(rejectionOf(render())).resolves.toMatchObject({ kind: 'invalid_output' });
    expect(sentMessages(1)[2]?.content).toContain('contains no HTML document');
  });

  it('tells the model when its answer was cut off at max_tokens', async () => {
    const cut = GOOD_HTML.slice(0, 300);
    fake.queue('messages', anthropicReply(cut, { stopReason: 'max_tokens' }), anthropicReply(GOOD_HTML));
    await expect(render()).resolves.toBe(GOOD_HTML);
    expect(sentMessages(1)[2]?.content).toContain('cut off at the output token limit');
  });

  it('maps a refusal to a non-retryable safety error', async () => {
    fake.queue('messages', anthropicReply('', { stopReason: 'refusal' }));
    await expect(rejectionOf(render())).resolves.toMatchObject({ kind: 'safety', retryable: false });
    expect(fake.received('messages')).toHaveLength(1);
  });
});
