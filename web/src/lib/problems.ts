import type { PostcardView, Step, StepName } from '../api/types';
import type { MessageKey } from '../i18n/en';
import type { Params } from '../i18n/format';

/** A sentence to show, still to be translated. */
export interface Message {
  readonly key: MessageKey;
  readonly params?: Params;
}

/** What went wrong, in words a person understands, and what happens next. */
export interface Problem {
  readonly tone: 'retrying' | 'failed' | 'cancelled';
  readonly step: StepName | null;
  readonly message: Message;
  readonly next: Message | null;
}

/** Provider error kinds (src/providers/provider-error.ts), grouped by what a person can do about them. */
type Group = 'busy' | 'slow' | 'network' | 'broken' | 'safety' | 'config' | 'request' | 'other';
const GROUP_OF: Readonly<Record<string, Group>> = {
  rate_limit: 'busy',
  overloaded: 'busy',
  timeout: 'slow',
  network: 'network',
  invalid_output: 'broken',
  server: 'other',
  safety: 'safety',
  auth: 'config',
  not_found: 'config',
  quota: 'config',
  bad_request: 'request',
};
const groupOf = (kind: string | null | undefined): Group => (kind == null ? 'other' : (GROUP_OF[kind] ?? 'other'));

const RETRY_MESSAGE = {
  busy: 'retrying.busy',
  slow: 'retrying.slow',
  network: 'retrying.network',
  broken: 'retrying.broken',
  safety: 'retrying.generic',
  config: 'retrying.generic',
  request: 'retrying.generic',
  other: 'retrying.generic',
} as const satisfies Record<Group, MessageKey>;

const SERVICE = { concept: 'service.concept', content: 'service.content', image: 'service.image', code: 'service.code' } as const satisfies Record<StepName, MessageKey>;
export const STEP_LABEL = { concept: 'step.concept', content: 'step.content', image: 'step.image', code: 'step.code' } as const satisfies Record<StepName, MessageKey>;

/** The step a failed or cancelled postcard stopped at. */
export function stoppedAt(view: PostcardView): StepName | null {
  return view.error_step ?? view.steps.find((s) => s.status === 'FAILED')?.name ?? view.steps.find((s) => s.status !== 'SUCCEEDED')?.name ?? null;
}

/** Where a retry starts, and the steps it keeps (those before it that succeeded). */
export function retryPlan(view: PostcardView): { readonly from: StepName | null; readonly reused: readonly StepName[] } {
  const from = stoppedAt(view);
  const index = from === null ? -1 : view.steps.findIndex((s) => s.name === from);
  return { from, reused: view.steps.slice(0, Math.max(0, index)).filter((s) => s.status === 'SUCCEEDED').map((s) => s.name) };
}

function retrying(step: Step, now: number, t: (key: MessageKey) => string): Problem {
  const kind = step.history.at(-1)?.error_kind;
  const service = t(SERVICE[step.name]);
  const at = step.next_attempt_at == null ? null : Date.parse(step.next_attempt_at);
  const seconds = at === null ? null : Math.max(0, Math.ceil((at - now) / 1000));
  if (seconds === null || seconds === 0) return { tone: 'retrying', step: step.name, message: { key: 'retrying.now', params: { service } }, next: null };
  return { tone: 'retrying', step: step.name, message: { key: RETRY_MESSAGE[groupOf(kind)], params: { service, s: seconds } }, next: null };
}

function failed(view: PostcardView, t: (key: MessageKey) => string): Problem {
  const step = stoppedAt(view);
  const detail = view.error_detail;
  const kind = detail?.error_kind ?? view.steps.find((s) => s.name === step)?.history.at(-1)?.error_kind ?? null;
  const service = step === null ? t('service.any') : t(SERVICE[step]);
  const params = { service, n: detail?.attempts ?? 1, message: view.error ?? detail?.message ?? '' };
  const retry = retryMessage(view, t);
  const problem = (key: MessageKey, next: Message = retry): Problem => ({ tone: 'failed', step, message: { key, params }, next });
  if (detail?.reason === 'timeout') return problem('failed.timeout');
  switch (groupOf(kind)) {
    case 'busy':
      return problem('failed.busy');
    case 'slow':
      return problem('failed.slow');
    case 'network':
      return problem('failed.network');
    case 'broken':
      return problem('failed.broken');
    case 'safety':
      return problem('failed.safety', { key: 'failed.nextReword' });
    case 'config':
      return problem('failed.config', { key: 'failed.nextOperator' });
    case 'request':
      return problem('failed.request', { key: 'failed.nextReword' });
    case 'other':
      // The API's own sentence says what happened; ours adds what happens next.
      return problem('failed.unknown');
  }
}

/** What Retry would do: start again from the step that stopped, keeping those before it that succeeded. */
function retryMessage(view: PostcardView, t: (key: MessageKey) => string): Message {
  const { from, reused } = retryPlan(view);
  if (from === null || reused.length === 0) return { key: 'failed.nextRetryAll' };
  return { key: 'failed.nextRetry', params: { step: t(STEP_LABEL[from]) } };
}

/** The problem to show for a postcard right now, if any: a step waiting to try again, a failure, a cancel. */
export function describeProblem(view: PostcardView, now: number, t: (key: MessageKey) => string): Problem | null {
  if (view.status === 'FAILED') return failed(view, t);
  if (view.status === 'CANCELLED') {
    return { tone: 'cancelled', step: stoppedAt(view), message: { key: 'cancelled.message' }, next: retryMessage(view, t) };
  }
  const waiting = view.steps.find((s) => s.status === 'RETRYING');
  return waiting === undefined ? null : retrying(waiting, now, t);
}
