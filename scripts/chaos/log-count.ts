import type { ServiceProcess } from '../../test/support/worker-process';

/**
 * Collects the task_ids of the JSON log lines whose message is `message`,
 * across every process it watches, the killed ones too. Read as the output
 * streams by, because a process keeps only the tail of its output and a long
 * run scrolls early lines out.
 */
export function logTaskIds(message: string): { watch(service: ServiceProcess): void; taskIds(): ReadonlySet<string> } {
  const taskIds = new Set<string>();
  const read = (line: string) => {
    if (!line.includes(message)) return;
    try {
      const entry: unknown = JSON.parse(line);
      if (typeof entry === 'object' && entry !== null && 'message' in entry && entry.message === message && 'task_id' in entry && typeof entry.task_id === 'string') {
        taskIds.add(entry.task_id);
      }
    } catch (error) {
      // Production logs are one JSON object a line; anything else mentioning the message is reported, not counted.
      process.stderr.write(`unreadable log line (${String(error)}): ${line.slice(0, 200)}\n`);
    }
  };
  return {
    watch(service) {
      for (const stream of [service.child.stdout, service.child.stderr]) {
        // A line may arrive in two chunks: only whole lines are read.
        let partial = '';
        stream?.on('data', (chunk: Buffer) => {
          const lines = (partial + chunk.toString()).split('\n');
          partial = lines.pop() ?? '';
          lines.forEach(read);
        });
      }
    },
    taskIds: () => taskIds,
  };
}
