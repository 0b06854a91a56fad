import type { Job, Worker } from 'bullmq';
import { isLastStep, previousStep, STEP_NAMES, stepForQueue, type StepJobData, type StepJobResult, type StepName } from '../../../src/pipeline/catalog.js';

/** The flow's root: the catalog's last step. */
export function rootStep(): StepName {
  const root = STEP_NAMES.find(isLastStep);
  if (root === undefined) throw new Error('the catalog has no steps');
  return root;
}

/** When BullMQ started and finished one step's job, in ms since the epoch (BullMQ's own stamps). */
export interface JobTiming {
  readonly processedOn: number;
  readonly finishedOn: number;
}

/**
 * BullMQ's view of every completed step job, collected from the workers'
 * `completed` events, so it works for our workers and the bare ones alike and
 * does not depend on completed jobs staying in Redis (removeOnComplete).
 */
export class JobTimings {
  private readonly byTask = new Map<string, Partial<Record<StepName, JobTiming>>>();

  observe(workers: readonly Worker<StepJobData, StepJobResult>[]): void {
    for (const worker of workers) {
      const step = stepForQueue(worker.name);
      if (step === undefined) throw new Error(`worker of unknown queue ${worker.name}`);
      worker.on('completed', (job: Job<StepJobData, StepJobResult>) => this.record(step, job));
    }
  }

  record(step: StepName, job: Job<StepJobData, StepJobResult>): void {
    const { processedOn, finishedOn } = job;
    if (processedOn === undefined || finishedOn === undefined) return;
    const steps = this.byTask.get(job.data.taskId) ?? {};
    steps[step] = { processedOn, finishedOn };
    this.byTask.set(job.data.taskId, steps);
  }

  /** How many flows finished their last step. */
  completedFlows(): number {
    const root = rootStep();
    let count = 0;
    for (const steps of this.byTask.values()) if (steps[root] !== undefined) count += 1;
    return count;
  }

  /** When each flow's last step finished, by task id. */
  rootFinishedAt(): Map<string, number> {
    const root = rootStep();
    const result = new Map<string, number>();
    for (const [taskId, steps] of this.byTask) {
      const finished = steps[root]?.finishedOn;
      if (finished !== undefined) result.set(taskId, finished);
    }
    return result;
  }

  /** Parent's processedOn minus child's finishedOn, for every consecutive pair of steps seen. */
  handoffs(taskIds?: ReadonlySet<string>): number[] {
    const gaps: number[] = [];
    for (const [taskId, steps] of this.byTask) {
      if (taskIds !== undefined && !taskIds.has(taskId)) continue;
      for (const parentStep of STEP_NAMES) {
        const childStep = previousStep(parentStep);
        const child = childStep === undefined ? undefined : steps[childStep];
        const parent = steps[parentStep];
        if (child !== undefined && parent !== undefined) gaps.push(parent.processedOn - child.finishedOn);
      }
    }
    return gaps;
  }

  clear(): void {
    this.byTask.clear();
  }
}
