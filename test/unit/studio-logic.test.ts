import type { CreatedResponse, ListPage, StatusResponse, TimingsResponse } from '../../src/postcards/postcard-responses';
import { parseTimings } from '../../web/src/api/timings';
import type { Created, ListPage as StudioListPage, PostcardView, Step, Timings } from '../../web/src/api/types';
import { en } from '../../web/src/i18n/en';
import { formatDuration, interpolate, preferredLanguage } from '../../web/src/i18n/format';
import { describeProblem, retryPlan } from '../../web/src/lib/problems';
import { estimate } from '../../web/src/lib/progress';

/**
 * The studio's pure logic (web/src/lib, web/src/api/timings.ts), and the
 * check that keeps its copy of the API's types honest: the type check fails
 * when a response the server sends no longer fits what the studio reads.
 */
type Fits<Server extends Studio, Studio> = Server;
type Checked = [Fits<StatusResponse, PostcardView>, Fits<CreatedResponse, Created>, Fits<ListPage, StudioListPage>];
const checked: Checked | null = null;

const T0 = Date.parse('2026-05-01T10:00:00.000Z');
const iso = (ms: number) => new Date(T0 + ms).toISOString();
const t = (key: keyof typeof en, params?: Record<string, string | number>) => interpolate(en[key], params);

const step = (name: Step['name'], status: Step['status'], extra: Partial<Step> = {}): Step => ({
  name,
  label: name,
  status,
  attempts: status === 'PENDING' ? 0 : 1,
  reused_from_run: null,
  provider: 'local',
  model: null,
  cache_hit: false,
  started_at: status === 'PENDING' ? null : iso(0),
  finished_at: null,
  duration_ms: null,
  error: null,
  next_attempt_at: null,
  usage: { input_tokens: 0, output_tokens: 0, images: 0, cost_usd: 0 },
  history: [],
  ...extra,
});

const view = (status: PostcardView['status'], steps: Step[], extra: Partial<PostcardView> = {}): PostcardView => ({
  task_id: '6f1c1c1e-3b8a-4d53-9d0e-7a1b2c3d4e5f',
  status,
  current_step: null,
  progress: 25 * steps.filter((s) => s.status === 'SUCCEEDED').length,
  prompt: 'a fox',
  style: null,
  theme: null,
  steps,
  data: null,
  results: { concept: null, content: null, image_url: null },
  error: null,
  error_step: null,
  error_detail: null,
  retry_count: 0,
  strategy: 'balanced',
  usage: { input_tokens: 0, output_tokens: 0, images: 0, cost_usd: 0 },
  status_url: 'http://localhost/api/v1/postcards/status/x',
  preview_url: 'http://localhost/preview/x',
  created_at: iso(0),
  updated_at: iso(0),
  started_at: iso(0),
  completed_at: null,
  ...extra,
});

const TIMINGS: Timings = {
  concept: { medianMs: 1000, p90Ms: 2000, samples: 5 },
  content: { medianMs: 1000, p90Ms: 2000, samples: 5 },
  image: { medianMs: 4000, p90Ms: 6000, samples: 5 },
  code: { medianMs: 4000, p90Ms: 8000, samples: 5 },
};

describe('the studio', () => {
  it('keeps its API types in step with the server (a type check)', () => {
    expect(checked).toBeNull();
  });

  it('reads the timings endpoint, leaving out steps without samples', () => {
    const body: TimingsResponse = {
      window_hours: 24,
      computed_at: iso(0),
      steps: [
        { name: 'concept', label: 'Concept', samples: 3, median_ms: 1200, p90_ms: 2000, cache_hit: { samples: 0, median_ms: null } },
        { name: 'content', label: 'Copy', samples: 0, median_ms: null, p90_ms: null, cache_hit: { samples: 0, median_ms: null } },
      ],
    };
    expect(parseTimings(body)).toEqual({ concept: { medianMs: 1200, p90Ms: 2000, samples: 3 } });
    expect(parseTimings({ error: { code: 'x' } })).toEqual({});
    expect(parseTimings(null)).toEqual({});
  });

  it('weighs progress by the steps’ medians and counts down the time left', () => {
    const running = view('PROCESSING', [step('concept', 'SUCCEEDED'), step('content', 'SUCCEEDED'), step('image', 'RUNNING', { started_at: iso(0) }), step('code', 'PENDING')]);
    const at = estimate(running, TIMINGS, T0 + 1000);
    // 2 s done of 10 s, plus a quarter of the image's 4 s.
    expect(at.percent).toBe(30);
    expect(at.remainingMs).toBe(3000 + 4000);
    // Without timings: 25 per step, and no time left to show.
    expect(estimate(running, null, T0 + 1000).remainingMs).toBeNull();
    expect(estimate(running, null, T0 + 1000).percent).toBeGreaterThanOrEqual(50);
    // Past the median, the p90 is the bound; past that, "almost there".
    expect(estimate(running, TIMINGS, T0 + 5000)).toMatchObject({ remainingMs: 1000 + 4000, overdue: false });
    expect(estimate(running, TIMINGS, T0 + 7000)).toMatchObject({ overdue: true });
    expect(estimate(view('COMPLETED', []), TIMINGS, T0).percent).toBe(100);
  });

  it('says when a busy service is tried again, from next_attempt_at', () => {
    const retrying = step('image', 'RETRYING', {
      next_attempt_at: iso(12_000),
      history: [{ run: 1, attempt: 1, status: 'FAILED', provider: 'gemini', model: null, cache_hit: false, error_kind: 'rate_limit', started_at: iso(0), finished_at: iso(1), duration_ms: 1, error: '429' }],
    });
    const problem = describeProblem(view('PROCESSING', [step('concept', 'SUCCEEDED'), step('content', 'SUCCEEDED'), retrying, step('code', 'PENDING')]), T0, (key) => en[key]);
    expect(problem && t(problem.message.key, problem.message.params)).toBe('The image service is busy; trying again in 12 s.');
  });

  it('explains a failure and a retry that keeps the earlier steps', () => {
    const failed = view('FAILED', [step('concept', 'SUCCEEDED'), step('content', 'SUCCEEDED'), step('image', 'FAILED'), step('code', 'SKIPPED')], {
      error: 'The illustration step failed after 3 attempts: the image service is busy (rate limited).',
      error_step: 'image',
      error_detail: { reason: 'failed', message: '429', attempts: 3, error_kind: 'rate_limit', retryable: true, provider: 'gemini' },
    });
    const problem = describeProblem(failed, T0, (key) => en[key]);
    expect(problem && t(problem.message.key, problem.message.params)).toBe('The image service stayed busy after 3 tries.');
    expect(problem?.next && t(problem.next.key, problem.next.params)).toContain('continue from Illustration');
    expect(retryPlan(failed)).toEqual({ from: 'image', reused: ['concept', 'content'] });
    const safety = { ...failed, error_detail: { reason: 'failed', message: 'blocked', attempts: 1, error_kind: 'safety', retryable: false, provider: 'gemini' } } as const;
    expect(describeProblem(safety, T0, (key) => en[key])?.next?.key).toBe('failed.nextReword');
  });

  it('picks the language from the browser and formats durations', () => {
    expect(preferredLanguage(['zh-CN', 'en-US'])).toBe('zh');
    expect(preferredLanguage(['en-GB', 'zh'])).toBe('en');
    expect(preferredLanguage(['fr-FR'])).toBe('en');
    expect(formatDuration(850, t)).toBe('850 ms');
    expect(formatDuration(4200, t)).toBe('4.2 s');
    expect(formatDuration(125_000, t)).toBe('2 min 5 s');
  });
});
