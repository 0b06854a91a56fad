import { cachedCheck, type HealthCheck } from '../health/health-check.js';
import type { Config, ProviderRole } from '../platform/config.js';
import type { Logger } from '../platform/logger.js';
import { daysUntilShutdown, findModel, mayUse } from '../platform/models/registry.js';
import { OFFLINE_PROVIDERS } from '../platform/provider-settings.js';
import { ProviderError } from '../providers/provider-error.js';
import type { ProviderSetup } from '../providers/provider-factory.js';

/**
 * Fail loudly and early: every configured remote model is looked up
 * (`models.get`, free) at startup and by /readyz, with the answer cached for
 * PROVIDER_HEALTH_TTL_SECONDS. A model the API does not know trips the
 * circuit breaker, so postcards go straight to the next member instead of
 * spending an attempt on a 404; its log line names the registry's
 * replacement. /readyz turns 503 only when a step's whole chain has no
 * usable member (an auto chain ends with local, which is always usable).
 */
export interface ProviderReadiness {
  /** For /readyz: one check per remote model (reported) and one per step chain (required). */
  readonly healthChecks: readonly HealthCheck[];
  /** Looks every model up once and logs the outcome; never throws. */
  checkAtStartup(): Promise<void>;
  /** What the ready line prints: per role, the chain with its models, and why. */
  summary(): Record<ProviderRole, string>;
}

const PERMANENT: ReadonlySet<string> = new Set(['not_found', 'auth', 'quota']);

export function createProviderReadiness(setup: ProviderSetup, config: Pick<Config, 'providers' | 'generation'>, logger: Logger): ProviderReadiness {
  const log = logger.child({ component: 'providers' });
  const reported = new Set<string>();
  const reportOnce = (key: string, write: () => void) => {
    if (reported.has(key)) return;
    reported.add(key);
    write();
  };

  const modelChecks = setup.modelChecks.map((m) => {
    const check = cachedCheck(
      {
        name: `model:${m.key}`,
        required: false,
        async check() {
          try {
            await m.check(AbortSignal.timeout(5000));
            setup.breaker.success(m.key);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            if (error instanceof ProviderError && PERMANENT.has(error.kind)) {
              setup.breaker.trip(m.key, message);
              reportOnce(`${m.key}:${error.kind}`, () =>
                log.error('a configured model cannot be used; its chain skips it', { provider: m.provider, model: m.model, roles: m.roles, error: message }),
              );
            }
            throw error;
          }
        },
      },
      config.providers.healthTtlMs,
    );
    return { ...m, check };
  });

  const usable = async (role: ProviderRole): Promise<boolean> => {
    for (const member of setup.members[role]) {
      if (OFFLINE_PROVIDERS.has(member.name)) return true;
      const check = modelChecks.find((c) => c.key === member.key);
      const ok = check === undefined ? true : await check.check.check().then(() => true, () => false);
      if (ok && setup.breaker.openReason(member.key) === undefined) return true;
    }
    return false;
  };

  const chainChecks: HealthCheck[] = (['text', 'image', 'code'] as const).map((role) => ({
    name: `chain:${role}`,
    required: true,
    async check() {
      if (!(await usable(role))) throw new Error(`no usable provider for the ${role} step (${setup.members[role].map((m) => m.key).join(' > ')})`);
    },
  }));

  function registryWarnings(today: Date): void {
    for (const m of setup.modelChecks) {
      const entry = findModel(m.model);
      if (entry === undefined) {
        log.warn('model is not in the model registry: its parameters are not checked and its cost is reported as unknown', { provider: m.provider, model: m.model });
        continue;
      }
      const days = daysUntilShutdown(entry, today);
      if (days !== null && days < 60) {
        log.warn('model is scheduled for shutdown', { model: m.model, shutdown: entry.shutdown, days_left: days, replacement: entry.replacement });
      }
      if (entry.status === 'preview') log.warn('model is a preview: Google may change or withdraw it at short notice', { model: m.model });
    }
    const gemini = config.providers.gemini.text;
    const textModel = findModel(gemini.model);
    if (gemini.temperature !== undefined || gemini.maxOutputTokens !== undefined) {
      log.info('GEMINI_TEXT_TEMPERATURE / GEMINI_TEXT_MAX_TOKENS are the Gemini text defaults; each step passes its own (CONCEPT_*, CONTENT_*), as the design document\'s steps do', {
        concept: config.generation.steps.concept,
        content: config.generation.steps.content,
      });
    }
    for (const [name, value] of [['GEMINI_TEXT_TOP_P', gemini.topP], ['GEMINI_TEXT_TOP_K', gemini.topK]] as const) {
      if (value !== undefined && !mayUse(textModel, name === 'GEMINI_TEXT_TOP_P' ? 'topP' : 'topK', true)) {
        log.warn(`${name} is ignored: ${gemini.model} rejects it`, { model: gemini.model });
      }
    }
    for (const warning of setup.warnings) log.warn(warning);
  }

  return {
    healthChecks: [...modelChecks.map((c) => c.check), ...chainChecks],
    async checkAtStartup() {
      registryWarnings(new Date());
      const outcomes = await Promise.all(
        modelChecks.map(async (c) => {
          try {
            await c.check.check();
            return { model: c.model, ok: true };
          } catch (error) {
            return { model: c.model, ok: false, error: error instanceof Error ? error.message : String(error) };
          }
        }),
      );
      for (const o of outcomes) {
        if (o.ok) log.info('model available', { model: o.model });
        else log.warn('model lookup failed', { model: o.model, error: o.error });
      }
    },
    summary() {
      const line = (role: ProviderRole) =>
        `${setup.members[role].map((m) => (m.name === m.model ? m.name : `${m.name}(${m.model})`)).join(' > ')} [${config.providers.chainReasons[role]}]`;
      return { text: line('text'), image: line('image'), code: line('code') };
    },
  };
}
