import { inProcessCpu, type CpuPool } from '../providers/cpu/cpu-pool.js';
import type { PageCheck, PageExpectations } from '../providers/shared/page-quality/index.js';

/**
 * The page quality gate as the code step calls it, on the process's CPU pool:
 * checking a page is 3–4 ms of synchronous CPU (parse5, css-tree, acorn,
 * html-validate; BENCHMARKS.md), which worker threads take off the event loop.
 */
export interface PageGate {
  check(html: string, expected: PageExpectations, signal?: AbortSignal): Promise<PageCheck>;
}

export function pageGateOn(cpu: CpuPool): PageGate {
  return { check: (html, expected, signal) => cpu.run({ kind: 'check-page', html, expected }, signal) };
}

export const inProcessPageGate: PageGate = pageGateOn(inProcessCpu);
