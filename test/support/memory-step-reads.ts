import type { PostcardStore, StepTiming } from '../../src/store/postcard-store';
import type { StepRun } from '../../src/store/postcard-types';

/** PostgreSQL's percentile_cont: linear between the two nearest values; null without values. */
function percentile(values: readonly number[], p: number): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const at = p * (sorted.length - 1);
  const low = sorted[Math.floor(at)] ?? 0;
  const high = sorted[Math.ceil(at)] ?? low;
  return low + (high - low) * (at - Math.floor(at));
}

/** The memory store's reads across step runs, as pg-step-reads.ts answers them. */
export function memoryStepReads(runs: ReadonlyMap<string, readonly StepRun[]>): Pick<PostcardStore, 'producedBy' | 'stepTimings'> {
  return {
    producedBy: async (taskId, step) => {
      const produced = (runs.get(taskId) ?? [])
        .filter((r) => r.step === step && r.status === 'SUCCEEDED' && !r.cacheHit)
        .sort((a, b) => b.run - a.run || b.attempt - a.attempt)[0];
      return produced === undefined ? null : { provider: produced.provider, model: produced.model, params: produced.params };
    },
    stepTimings: async (since) => {
      const byStep = new Map<StepRun['step'], StepRun[]>();
      for (const r of [...runs.values()].flat()) {
        if (r.status !== 'SUCCEEDED' || r.durationMs === null || r.startedAt < since) continue;
        byStep.set(r.step, [...(byStep.get(r.step) ?? []), r]);
      }
      return [...byStep].map(([step, list]): StepTiming => {
        const fresh = list.filter((r) => !r.cacheHit).map((r) => r.durationMs ?? 0);
        const cached = list.filter((r) => r.cacheHit).map((r) => r.durationMs ?? 0);
        return {
          step,
          samples: fresh.length,
          medianMs: percentile(fresh, 0.5),
          p90Ms: percentile(fresh, 0.9),
          cacheHitSamples: cached.length,
          cacheHitMedianMs: percentile(cached, 0.5),
        };
      });
    },
  };
}
