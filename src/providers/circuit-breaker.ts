import type { ProviderErrorKind } from './provider-error.js';

/**
 * Skips a chain member that keeps failing, for a cool-down, so postcards stop
 * paying its timeouts while it is down. Keyed by member (`provider:model`),
 * because one model can be retired while another of the same provider works.
 * Per process and in memory: each worker learns from its own calls and from
 * the health checks; that is enough to stop hammering a dead endpoint.
 * `local` is never tripped: it is the net under every chain.
 */
export interface CircuitBreaker {
  /** Undefined when the member may be called; otherwise why not and until when. */
  openReason(member: string): { readonly reason: string; readonly untilMs: number } | undefined;
  success(member: string): void;
  failure(member: string, kind: ProviderErrorKind | 'unknown', message: string): void;
  /** A failed health check (model lookup) opens the circuit at once. */
  trip(member: string, reason: string): void;
  /** Members whose circuit is open now, for /readyz and the stats. */
  snapshot(): ReadonlyArray<{ readonly member: string; readonly reason: string; readonly untilMs: number }>;
}

export interface BreakerOptions {
  /** Failures in a row that open the circuit. */
  readonly failures: number;
  readonly cooldownMs: number;
  readonly now?: () => number;
}

/**
 * Failures that say nothing about the provider's health: the model declined
 * this content, or wrote something our checks refused. They must not take a
 * working provider out of rotation.
 */
const CONTENT_KINDS: ReadonlySet<string> = new Set(['safety', 'invalid_output']);

interface State {
  consecutive: number;
  openUntil: number;
  reason: string;
}

export function isNeverTripped(member: string): boolean {
  return member === 'local' || member.startsWith('local:');
}

export function createCircuitBreaker(options: BreakerOptions): CircuitBreaker {
  const now = options.now ?? Date.now;
  const states = new Map<string, State>();
  const state = (member: string): State => {
    let s = states.get(member);
    if (s === undefined) {
      s = { consecutive: 0, openUntil: 0, reason: '' };
      states.set(member, s);
    }
    return s;
  };
  const open = (member: string, reason: string) => {
    if (isNeverTripped(member)) return;
    const s = state(member);
    s.openUntil = now() + options.cooldownMs;
    s.reason = reason;
  };
  return {
    openReason(member) {
      const s = states.get(member);
      if (s === undefined || s.openUntil <= now()) return undefined;
      return { reason: s.reason, untilMs: s.openUntil };
    },
    success(member) {
      const s = state(member);
      s.consecutive = 0;
      s.openUntil = 0;
    },
    failure(member, kind, message) {
      if (CONTENT_KINDS.has(kind)) return;
      const s = state(member);
      s.consecutive += 1;
      // Auth and not_found will not heal by themselves: one is enough.
      const permanent = kind === 'auth' || kind === 'not_found' || kind === 'quota';
      if (permanent || s.consecutive >= options.failures) {
        open(member, permanent ? `${kind}: ${message}` : `${s.consecutive} failures in a row (last: ${kind}: ${message})`);
      }
    },
    trip(member, reason) {
      open(member, `health check failed: ${reason}`);
    },
    snapshot() {
      const at = now();
      return [...states.entries()].filter(([, s]) => s.openUntil > at).map(([member, s]) => ({ member, reason: s.reason, untilMs: s.openUntil }));
    },
  };
}
