import { checkPage, type PageCheck, type PageExpectations } from './page-check.js';

/** A page for the gate, as posted to a worker thread (structured clone: plain data only). */
export interface PageCheckTask {
  readonly html: string;
  readonly expected: PageExpectations;
}

/** The worker thread's entry (src/pipeline/page-gate.ts loads this file by name in a Piscina pool). */
export default function checkInThread(task: PageCheckTask): PageCheck {
  return checkPage(task.html, task.expected);
}
