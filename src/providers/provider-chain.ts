import type { CodeProvider, ImageProvider, StepContext, TextProvider } from './contracts.js';
import { ProviderError, type ProviderErrorKind } from './provider-error.js';

const UNAVAILABLE: ReadonlySet<ProviderErrorKind> = new Set(['network', 'overloaded']);

/**
 * Ordered fallback. The first provider serves; the next one runs only when
 * the one before failed non-retryably (bad key, quota, safety, …), is
 * unavailable (unreachable, or overloaded), or failed retryably on the job's
 * last attempt. Otherwise a retryable failure goes back
 * to BullMQ, whose next attempt starts again with the first provider.
 * No loop retries the same provider: that is BullMQ's job.
 */
async function firstThatServes<P extends { readonly name: string }, T>(
  members: readonly P[],
  ctx: StepContext,
  call: (provider: P) => Promise<T>,
): Promise<T> {
  let lastError: unknown;
  const ordered = ctx.route === undefined ? members : ctx.route.flatMap((name) => members.filter((m) => m.name === name));
  // A route that names nobody we have (a stale plan) must not leave the step without a provider.
  const candidates = ordered.length === 0 ? members : ordered;
  for (const [i, provider] of candidates.entries()) {
    try {
      const result = await call(provider);
      ctx.recordProvider?.(provider.name);
      return result;
    } catch (error) {
      ctx.signal.throwIfAborted();
      const hasNext = i < candidates.length - 1;
      const fallBack =
        error instanceof ProviderError && (!error.retryable || UNAVAILABLE.has(error.kind) || ctx.lastAttempt === true);
      if (!hasNext || !fallBack) throw error;
      lastError = error;
    }
  }
  throw lastError;
}

const chainName = (members: readonly { readonly name: string }[]) => members.map((m) => m.name).join('>');

export function textChain(members: readonly TextProvider[]): TextProvider {
  return {
    name: chainName(members),
    concept: (input, ctx) => firstThatServes(members, ctx, (p) => p.concept(input, ctx)),
    copy: (input, ctx) => firstThatServes(members, ctx, (p) => p.copy(input, ctx)),
  };
}

export function imageChain(members: readonly ImageProvider[]): ImageProvider {
  return { name: chainName(members), illustrate: (input, ctx) => firstThatServes(members, ctx, (p) => p.illustrate(input, ctx)) };
}

export function codeChain(members: readonly CodeProvider[]): CodeProvider {
  return { name: chainName(members), render: (input, ctx) => firstThatServes(members, ctx, (p) => p.render(input, ctx)) };
}
