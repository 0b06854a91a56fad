import { join } from 'node:path';
import { Piscina } from 'piscina';
import { checkPage, type PageCheck, type PageExpectations } from '../providers/shared/page-quality/index.js';
import type { PageCheckTask } from '../providers/shared/page-quality/page-check-thread.js';

/**
 * The page quality gate as the code step calls it. Checking a page is 4–5 ms
 * of synchronous CPU (parse5, css-tree, acorn, html-validate; BENCHMARKS.md),
 * the largest piece of a postcard's work in a worker: on the event loop it
 * delays every other job's bookkeeping, BullMQ's lock renewals and, in
 * `npm start`, HTTP and live streams. PAGE_CHECK_THREADS worker threads take
 * it off the loop and onto the host's other cores; 0 checks in-process.
 */
export interface PageGate {
  check(html: string, expected: PageExpectations): Promise<PageCheck>;
  close(): Promise<void>;
}

export const inProcessPageGate: PageGate = {
  check: async (html, expected) => checkPage(html, expected),
  close: async () => undefined,
};

/**
 * The thread runs the entry beside this file's twin: compiled JavaScript in
 * production, TypeScript under tsx (`npm run dev`, the benchmarks), whose
 * loader worker threads inherit with the parent's execArgv.
 */
function threadEntry(): string {
  const extension = __filename.endsWith('.ts') ? '.ts' : '.js';
  return join(__dirname, '..', 'providers', 'shared', 'page-quality', `page-check-thread${extension}`);
}

export function threadedPageGate(threads: number): PageGate {
  const pool = new Piscina<PageCheckTask, PageCheck>({
    filename: threadEntry(),
    minThreads: threads,
    maxThreads: threads,
    // The threads live as long as the process: starting one costs more than many checks.
    idleTimeout: Number.POSITIVE_INFINITY,
  });
  return {
    check: (html, expected) => pool.run({ html, expected }),
    close: () => pool.destroy(),
  };
}

export function createPageGate(threads: number): PageGate {
  return threads === 0 ? inProcessPageGate : threadedPageGate(threads);
}
