import { randomUUID } from 'node:crypto';
import { STEP_NAMES, STEP_ORDER, stepJobId } from '../../src/pipeline/catalog';
import { providerAwareBackoff } from '../../src/pipeline/step-failure';
import { ProviderError } from '../../src/providers/provider-error';
import { createUrlBuilder, presentStatus } from '../../src/postcards/postcard-presenter';
import { StatusResponseSchema } from '../../src/postcards/postcard-responses';
import { servedPage } from '../../src/postcards/served-page';
import { ANONYMOUS_USER_ID, type AttemptRecord, type StepKey } from '../../src/store/postcard-types';
import { createMemoryPostcardStore } from '../support/memory-postcard-store';

/**
 * The status as a client reads it (issue 14): the failure in words, when a
 * retrying step runs again, and a finished postcard's page and image.
 */
const BACKOFF_MS = 2000;
const ASSET = `/api/v1/assets/${'a'.repeat(64)}`;
const urls = createUrlBuilder({ publicBaseUrl: 'https://cards.example.com', previewBaseUrl: null }, { preview: () => '?sig=p', asset: () => '?sig=a' });
const IMAGE = { contentType: 'image/png', width: 1024, height: 768 };

const record = (overrides: Partial<AttemptRecord> = {}): AttemptRecord => ({
  provider: 'gemini',
  model: 'gemini-image-1',
  cacheHit: false,
  inputTokens: 0,
  outputTokens: 0,
  images: 0,
  costUsd: 0,
  strategyReason: null,
  params: null,
  qualityScore: null,
  errorKind: null,
  ...overrides,
});

function world() {
  let clock = Date.parse('2026-12-01T10:00:00Z');
  const store = createMemoryPostcardStore(STEP_ORDER, () => new Date(clock));
  const create = async () => {
    const taskId = randomUUID();
    await store.create({ taskId, userInput: 'Happy birthday', style: null, theme: null, userId: ANONYMOUS_USER_ID, useCache: true, strategy: 'balanced', metadata: null, previewUrl: `/preview/${taskId}` });
    return taskId;
  };
  const key = (taskId: string, step: StepKey['step'], attempt = 1): StepKey => ({ taskId, run: 1, step, attempt });
  const start = (k: StepKey) => store.startStep(k, { jobId: stepJobId(k.taskId, k.step, k.run), provider: 'gemini', strategyReason: null });
  const fail = async (k: StepKey, final: boolean, errorKind: string | null, message = 'upstream said no', retryable = true) => {
    await start(k);
    clock += 1000;
    await store.failAttempt(k, new Date(clock - 1000), { message, retryable, final }, record({ errorKind }));
  };
  const succeed = async (k: StepKey, columns = {}, details: Partial<AttemptRecord> = {}) => {
    await start(k);
    clock += 500;
    await store.succeedStep(k, new Date(clock - 500), columns, record(details));
  };
  const status = async (taskId: string, image: typeof IMAGE | null = null) => {
    const postcard = await store.getWithSteps(taskId);
    if (postcard === null) throw new Error('gone');
    // Parsed as clients parse it: the presenter's answer must fit the published schema.
    return StatusResponseSchema.parse(presentStatus(postcard, { urls, backoffMs: BACKOFF_MS, image }));
  };
  return { store, create, key, fail, succeed, status, cancel: (taskId: string) => store.cancel(taskId, 'cancelled by the client') };
}

describe('a stopped postcard, in words', () => {
  it('says which step gave up, after how many attempts, and why in plain words; the raw facts go to error_detail', async () => {
    const w = world();
    const id = await w.create();
    await w.succeed(w.key(id, 'concept'));
    await w.succeed(w.key(id, 'content'));
    await w.fail(w.key(id, 'image', 1), false, 'rate_limit', 'gemini 429: RESOURCE_EXHAUSTED');
    await w.fail(w.key(id, 'image', 2), false, 'rate_limit', 'gemini 429: RESOURCE_EXHAUSTED');
    await w.fail(w.key(id, 'image', 3), true, 'rate_limit', 'gemini 429: RESOURCE_EXHAUSTED');
    expect(await w.status(id)).toMatchObject({
      status: 'FAILED',
      error: 'The illustration step failed after 3 attempts: the image service is busy (rate limited).',
      error_step: 'image',
      error_detail: { reason: 'failed', message: 'gemini 429: RESOURCE_EXHAUSTED', attempts: 3, error_kind: 'rate_limit', retryable: true, provider: 'gemini' },
      data: null,
    });
  });

  it('says a non-retryable failure was not retried, and uses the message itself when no provider kind explains it', async () => {
    const w = world();
    const id = await w.create();
    await w.fail(w.key(id, 'concept'), true, null, 'the concept is malformed: theme: too long.\nSecond line', false);
    const status = await w.status(id);
    expect(status.error).toBe('The concept step failed and could not be retried: the concept is malformed: theme: too long. Second line.');
    expect(status.error_detail).toMatchObject({ reason: 'failed', attempts: 1, error_kind: null, retryable: false });
  });

  it('says a postcard timed out, and where', async () => {
    const w = world();
    const id = await w.create();
    await w.succeed(w.key(id, 'concept'));
    await w.store.startStep(w.key(id, 'content'), { jobId: undefined, provider: 'gemini', strategyReason: null });
    await w.store.timeOut(id, 1, 'timeout: the postcard did not finish within 300 s');
    expect(await w.status(id)).toMatchObject({
      error: 'Timed out at the copy step: the postcard did not finish within 300 s.',
      error_step: 'content',
      error_detail: { reason: 'timeout', attempts: 1 },
    });
  });

  it('says a cancelled postcard was cancelled, at which step or before it started', async () => {
    const w = world();
    const pending = await w.create();
    await w.cancel(pending);
    expect(await w.status(pending)).toMatchObject({ error: 'Cancelled before it started.', error_step: null, error_detail: { reason: 'cancelled', message: 'cancelled by the client' } });
    const running = await w.create();
    await w.succeed(w.key(running, 'concept'));
    await w.store.startStep(w.key(running, 'content'), { jobId: undefined, provider: 'gemini', strategyReason: null });
    await w.cancel(running);
    expect(await w.status(running)).toMatchObject({ error: 'Cancelled before it finished (at the copy step).', error_step: 'content' });
  });

  it('has no error while it is active', async () => {
    const w = world();
    const id = await w.create();
    expect(await w.status(id)).toMatchObject({ error: null, error_step: null, error_detail: null });
  });
});

describe('a retrying step', () => {
  it('says when BullMQ tries again: the failed attempt\'s end plus exactly the backoff BullMQ computes for that job', async () => {
    const w = world();
    const id = await w.create();
    await w.fail(w.key(id, 'concept', 1), false, 'overloaded');
    await w.fail(w.key(id, 'concept', 2), false, 'overloaded');
    const status = await w.status(id);
    const concept = status.steps[0];
    expect(concept?.status).toBe('RETRYING');
    const finished = Date.parse(concept?.history[1]?.finished_at ?? '');
    const delay = providerAwareBackoff(BACKOFF_MS)(2, 'provider-aware', new Error('x'), { id: stepJobId(id, 'concept', 1) });
    expect(Date.parse(concept?.next_attempt_at ?? '')).toBe(finished + delay);
    // Exponential with up to 50% jitter: the second retry waits 2-4 s from a 2 s base.
    expect(delay).toBeGreaterThanOrEqual(2000);
    expect(delay).toBeLessThanOrEqual(4000);
    expect(status.steps.slice(1).map((s) => s.next_attempt_at)).toEqual([null, null, null]);
  });

  it('never retries sooner than a provider asked, and gives another job another jitter', () => {
    const backoff = providerAwareBackoff(1000);
    expect(backoff(1, 'provider-aware', new ProviderError('gemini', 'rate_limit', '429', { retryAfterMs: 30_000 }), { id: 'a' })).toBe(30_000);
    const delays = new Set(Array.from({ length: 20 }, (_, i) => backoff(1, 'provider-aware', undefined, { id: `job-${i}` })));
    expect(delays.size).toBeGreaterThan(10);
    expect(backoff(1, 'provider-aware', undefined, { id: 'job-1' })).toBe(backoff(1, 'provider-aware', undefined, { id: 'job-1' }));
  });
});

describe("a COMPLETED postcard's data", () => {
  const page = `<!doctype html><html><head><title>Card</title></head><body><img src="${ASSET}"></body></html>`;
  const complete = async (w: ReturnType<typeof world>, imageDetails: Partial<AttemptRecord>) => {
    const id = await w.create();
    await w.succeed(w.key(id, 'concept'));
    await w.succeed(w.key(id, 'content'));
    await w.succeed(w.key(id, 'image'), { imageAssetId: 'a'.repeat(64), imageUrl: ASSET }, imageDetails);
    await w.succeed(w.key(id, 'code'), { frontendCode: page });
    return id;
  };

  it('holds the page as the preview serves it, and how the image was made', async () => {
    const w = world();
    const id = await complete(w, { params: { provider: 'gemini', model: 'gemini-image-1', aspect_ratio: '4:3', prompt: 'A postcard illustration about cake' } });
    const { data } = await w.status(id, IMAGE);
    expect(data?.frontend_code).toBe(servedPage(page, ASSET, `https://cards.example.com${ASSET}?sig=a`));
    expect(data?.image_url).toBe(`https://cards.example.com${ASSET}?sig=a`);
    expect(data?.image_metadata).toEqual({
      prompt: 'A postcard illustration about cake',
      size: '1024x768',
      width: 1024,
      height: 768,
      model: 'gemini-image-1',
      provider: 'gemini',
      content_type: 'image/png',
    });
  });

  it('names the original model and prompt for an image reused from the cache', async () => {
    const w = world();
    const id = await complete(w, {
      provider: 'cache',
      model: null,
      cacheHit: true,
      params: { provider: 'local', model: 'local', prompt: 'A flat vector illustration', cached_from: randomUUID() },
    });
    expect((await w.status(id, IMAGE)).data?.image_metadata).toMatchObject({ prompt: 'A flat vector illustration', provider: 'local', model: 'local' });
  });

  it('is null, page and image unread, until the postcard is COMPLETED', async () => {
    const w = world();
    const id = await w.create();
    await w.succeed(w.key(id, 'concept'));
    const status = await w.status(id);
    expect(status.data).toBeNull();
    expect(status.steps.map((s) => s.name)).toEqual([...STEP_NAMES]);
  });
});

describe('results so far', () => {
  it('shows the concept and the copy as soon as each is stored, while data waits for COMPLETED', async () => {
    const w = world();
    const id = await w.create();
    expect((await w.status(id)).results).toEqual({ concept: null, content: null, image_url: null });
    const concept = { theme: 'birthday', occasion: 'birthday', language: 'en', emotional_tone: 'joyful', visual_style: 'watercolor', palette: ['#ffffff', '#000000', '#ff0000'], motifs: ['cake'], copy_direction: 'warm', audience: 'Lily' };
    await w.succeed(w.key(id, 'concept'), { concept });
    const afterConcept = await w.status(id);
    expect(afterConcept.results.concept).toMatchObject({ theme: 'birthday', motifs: ['cake'] });
    expect([afterConcept.results.content, afterConcept.data]).toEqual([null, null]);
    await w.succeed(w.key(id, 'content'), { content: { title: 'Happy Birthday, Lily', subtitle: 'A year of adventures', body: 'Wishing you joy.', signature: 'Love' } });
    await w.succeed(w.key(id, 'image'), { imageAssetId: 'a'.repeat(64), imageUrl: ASSET });
    const painted = await w.status(id);
    expect(painted.results).toMatchObject({ content: { title: 'Happy Birthday, Lily' }, image_url: `https://cards.example.com${ASSET}?sig=a` });
    expect(painted.data).toBeNull();
  });
});
