import { readFile } from 'node:fs/promises';

/** Linux's clock tick for /proc's CPU times (USER_HZ): 100 on every architecture Node runs on. */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system) a process has used so far, from /proc/<pid>/stat,
 * in ms: for processes the benchmark did not start itself (PostgreSQL's
 * backends) as well as its children. A process that has exited reads as 0.
 */
export async function processCpuMs(pid: number): Promise<number> {
  let stat: string;
  try {
    stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return 0;
  }
  // The command name (field 2) may hold spaces and parentheses; the fields after its last ")" are fixed.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}
