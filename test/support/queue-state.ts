import { STEP_NAMES } from '../../src/pipeline/catalog';
import type { StepQueues } from '../../src/pipeline/queues';

/**
 * Jobs that may still run, over every step queue: all but the completed and
 * the failed. Zero means that no step of any postcard can start any more, the
 * event to wait for before asserting that something never ran.
 */
export async function unfinishedJobs(queues: StepQueues): Promise<number> {
  let total = 0;
  for (const step of STEP_NAMES) {
    const counts = await queues[step].getJobCounts('active', 'waiting', 'delayed', 'waiting-children', 'prioritized');
    total += Object.values(counts).reduce((a, b) => a + b, 0);
  }
  return total;
}
