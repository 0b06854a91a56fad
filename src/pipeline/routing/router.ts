import type { GenerationSettings, Strategy } from '../../platform/generation-settings.js';
import { findModel, mayUse, priceOf, type Price } from '../../platform/models/registry.js';
import { OFFLINE_PROVIDERS, type ProviderRole, type ProviderSettings } from '../../platform/provider-settings.js';
import type { CircuitBreaker } from '../../providers/circuit-breaker.js';
import type { CallParams } from '../../providers/generation-params.js';
import { PIPELINE, STEP_NAMES, type StepName } from '../catalog.js';
import type { HistorySource, MemberHistory } from './provider-history.js';
import { rankCandidates, type Candidate } from './strategy.js';
import { tune } from './tuning.js';

/** One chain member (the factory's ChainMember, restated so routing does not depend on the factory). */
export interface RoutableMember {
  readonly name: string;
  readonly model: string;
  readonly key: string;
}

/** How one step of one postcard will be served. */
export interface StepPlan {
  /** Member names in the order to try. */
  readonly route: readonly string[];
  /** Why this order (stored on the step run, shown in the status). */
  readonly reason: string;
  /** The tuned generation settings for a member; undefined for steps without text generation (image). */
  params(provider: string): CallParams | undefined;
}

/** The current adjustments, for GET /api/v1/stats. */
export interface TuningEntry {
  readonly step: StepName;
  readonly provider: string;
  readonly model: string;
  readonly params: CallParams;
  readonly adjustments: readonly string[];
}

export interface Router {
  plan(step: StepName, strategy: Strategy): Promise<StepPlan>;
  tuning(): Promise<TuningEntry[]>;
}

export interface RouterDeps {
  readonly members: { readonly [R in ProviderRole]: readonly RoutableMember[] };
  readonly breaker: CircuitBreaker;
  readonly history: HistorySource;
  readonly generation: GenerationSettings;
  readonly providers: Pick<ProviderSettings, 'gemini' | 'claude' | 'priceOverrides'>;
  readonly today?: () => Date;
}

/** A typical call per role, to turn list prices into an expected cost before anything was measured. */
const TYPICAL_CALL: { readonly [R in ProviderRole]: { readonly input: number; readonly output: number; readonly images: number } } = {
  text: { input: 1500, output: 600, images: 0 },
  image: { input: 300, output: 0, images: 1 },
  code: { input: 3000, output: 9000, images: 0 },
};

function listCost(price: Price | undefined, role: ProviderRole): number | null {
  if (price === undefined) return null;
  const t = TYPICAL_CALL[role];
  return (t.input / 1e6) * price.input_per_mtok + (t.output / 1e6) * price.output_per_mtok + t.images * price.per_image;
}

/** A step with generation settings of its own (temperature, answer budget, thinking): one that asks a text or code model. */
type GeneratingStep = keyof GenerationSettings['steps'];

export function createRouter(deps: RouterDeps): Router {
  const today = deps.today ?? (() => new Date());
  const { generation } = deps;
  const generates = (step: StepName): step is GeneratingStep => Object.hasOwn(generation.steps, step);

  /** The step's configured settings for one provider, before tuning; undefined for the image step. */
  function baseParams(step: StepName, provider: string): CallParams | undefined {
    if (!generates(step)) return undefined;
    const s = generation.steps[step];
    // The code step's own provider limits (GEMINI_CODE_MAX_TOKENS, CLAUDE_MAX_TOKENS) win over its answer budget.
    const override =
      PIPELINE[step].provider === 'code' ? (provider === 'gemini' ? deps.providers.gemini.code.maxOutputTokens : provider === 'claude' ? deps.providers.claude.maxTokens : undefined) : undefined;
    return { temperature: s.temperature, explicitTemperature: s.explicitTemperature, answerTokens: override ?? s.answerTokens, thinking: s.thinking };
  }

  async function histories(): Promise<readonly MemberHistory[]> {
    try {
      return await deps.history.get();
    } catch {
      // No measurements (PostgreSQL unreachable): route on list prices, ranks and the breaker alone.
      return [];
    }
  }

  const find = (all: readonly MemberHistory[], step: StepName, m: RoutableMember) => all.find((h) => h.step === step && h.provider === m.name && h.model === m.model);

  return {
    async plan(step, strategy) {
      const role = PIPELINE[step].provider;
      const members = deps.members[role];
      const all = await histories();
      const candidates: Candidate[] = members.map((m) => ({
        name: m.name,
        model: m.model,
        qualityRank: findModel(m.model)?.qualityRank ?? (OFFLINE_PROVIDERS.has(m.name) ? 10 : 50),
        listCostUsd: OFFLINE_PROVIDERS.has(m.name) ? 0 : listCost(priceOf(m.model, deps.providers.priceOverrides, today()), role),
        history: find(all, step, m),
        open: deps.breaker.openReason(m.key)?.reason,
      }));
      const ranking = rankCandidates(strategy, candidates);
      const tuned = new Map(
        members.map((m) => {
          const base = baseParams(step, m.name);
          return [m.name, base === undefined ? undefined : generation.adaptiveTuning ? tune(base, find(all, step, m), strategy, findModel(m.model), role).params : base];
        }),
      );
      return { route: ranking.order, reason: ranking.reason, params: (provider) => tuned.get(provider) };
    },
    async tuning() {
      const all = await histories();
      const entries: TuningEntry[] = [];
      for (const step of STEP_NAMES.filter(generates)) {
        for (const m of deps.members[PIPELINE[step].provider]) {
          const base = baseParams(step, m.name);
          if (base === undefined || OFFLINE_PROVIDERS.has(m.name)) continue;
          const t = generation.adaptiveTuning ? tune(base, find(all, step, m), generation.strategy, findModel(m.model), PIPELINE[step].provider) : { params: base, adjustments: [] };
          // Report the temperature only where it would be sent, so the report does not show a value the model never gets.
          const entry = findModel(t.params.model ?? m.model);
          const sent = t.params.temperature !== undefined && mayUse(entry, 'temperature', t.params.explicitTemperature === true);
          entries.push({ step, provider: m.name, model: m.model, params: sent ? t.params : { ...t.params, temperature: undefined }, adjustments: t.adjustments });
        }
      }
      return entries;
    },
  };
}
