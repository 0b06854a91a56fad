import { STEP_NAMES, type StepJobData, type StepName } from '../../src/pipeline/catalog';
import type { FlowEnqueuer } from '../../src/pipeline/flow';

/**
 * A FlowEnqueuer that keeps flows in memory: what was enqueued from which step,
 * what was removed, and each run's job states as a test sets them. It can be
 * told to fail, as a Redis outage would make FlowProducer.add fail.
 */
export function memoryFlows() {
  const enqueued: Array<StepJobData & { readonly fromStep: StepName }> = [];
  const removed: StepJobData[] = [];
  const states = new Map<string, readonly string[]>();
  let failing: Error | undefined;
  const flows: FlowEnqueuer = {
    async enqueue(data, fromStep = STEP_NAMES[0]) {
      if (failing !== undefined) throw failing;
      enqueued.push({ ...data, fromStep });
      const from = STEP_NAMES.indexOf(fromStep);
      states.set(`${data.taskId}:${data.run}`, STEP_NAMES.map((_, i) => (i < from ? 'unknown' : i === from ? 'waiting' : 'waiting-children')));
    },
    async remove(data) {
      removed.push(data);
      states.delete(`${data.taskId}:${data.run}`);
      return STEP_NAMES.length;
    },
    states: async ({ taskId, run }) => states.get(`${taskId}:${run}`) ?? STEP_NAMES.map(() => 'unknown'),
  };
  return {
    flows,
    enqueued,
    removed,
    setStates: (data: StepJobData, value: readonly string[]) => states.set(`${data.taskId}:${data.run}`, value),
    failWith: (error: Error | undefined) => {
      failing = error;
    },
  };
}
