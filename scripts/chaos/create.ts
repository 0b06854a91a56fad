import { CreatedResponseSchema } from '../../src/postcards/postcard-responses';

export interface Created {
  readonly taskIds: ReadonlySet<string>;
  readonly duplicatesSent: number;
  /** Sends answered with anything but 202 (a 503 while Redis was down) or not answered; each was sent again with its key. */
  readonly retries: number;
  /** Why sends were retried: the HTTP status, or `network` when no answer came. */
  readonly refusals: Readonly<Record<string, number>>;
  readonly lastError: string | undefined;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Creates `count` postcards at once, 10% sent a second time with the same
 * Idempotency-Key; a refused send is retried with the same key, as a client
 * would. `onAccepted` hears each new 202 as it arrives, so a fault can be timed
 * to land while creates are still in flight.
 */
export async function createAll(baseUrl: string, count: number, onAccepted: (accepted: number) => void = () => undefined): Promise<Created> {
  const taskIds = new Set<string>();
  let retries = 0;
  let duplicatesSent = 0;
  let lastError: string | undefined;
  const refusals: Record<string, number> = {};
  const refused = (why: string) => {
    refusals[why] = (refusals[why] ?? 0) + 1;
  };
  const send = async (i: number): Promise<void> => {
    for (;;) {
      try {
        const res = await fetch(`${baseUrl}/api/v1/postcards`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': `chaos-${i}` },
          body: JSON.stringify({ prompt: `Chaos postcard number ${i}: happy birthday, friend ${i}!` }),
        });
        const created = CreatedResponseSchema.safeParse(await res.json());
        if (res.status === 202 && created.success) {
          const before = taskIds.size;
          taskIds.add(created.data.task_id);
          if (taskIds.size > before) onAccepted(taskIds.size);
          return;
        }
        refused(String(res.status));
      } catch (error) {
        refused('network');
        // The API may be briefly unreachable; the loop is the client's retry, and the count is reported.
        lastError = error instanceof Error ? error.message : String(error);
      }
      retries += 1;
      await sleep(250);
    }
  };
  const jobs: Array<Promise<void>> = [];
  for (let i = 0; i < count; i += 1) {
    jobs.push(send(i));
    if (i % 10 === 0) {
      duplicatesSent += 1;
      jobs.push(send(i));
    }
  }
  await Promise.all(jobs);
  return { taskIds, duplicatesSent, retries, refusals, lastError };
}
