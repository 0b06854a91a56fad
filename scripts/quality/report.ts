import type { PageCheck } from '../../src/providers/shared/page-quality/index.js';
import type { BrowserFindings } from './browser-check.js';

export interface PageReport {
  readonly name: string;
  readonly bytes: number;
  readonly check: PageCheck;
  /** What the page as given loads from elsewhere (the gate would remove it). */
  readonly external: readonly string[];
  readonly browser: BrowserFindings;
}

/** Why a page fails; empty when it passes. */
export function failures(report: PageReport): string[] {
  const { check, browser } = report;
  return [
    ...check.problems,
    ...report.external.map((url) => `loads ${url}`),
    ...check.quality.navigation_removed.map((found) => `navigates: ${found}`),
    ...(check.quality.html_errors > 0 ? [`html-validate: ${check.quality.html_error_rules.join(', ')}`] : []),
    ...browser.overflow.map((viewport) => `overflows at ${viewport}`),
    ...browser.axe.map((id) => `axe: ${id}`),
    ...browser.consoleErrors.map((message) => `console: ${message}`),
    ...browser.network.map((url) => `requested ${url}`),
  ];
}

const COLUMNS = ['page', 'KB', 'problems', 'external', 'html errors', 'overflow', 'axe', 'console', 'network', 'result'] as const;

/** A plain-text table, one row per page, then each failing page's reasons. */
export function formatTable(reports: readonly PageReport[]): string {
  const rows = reports.map((r) => [
    r.name,
    (r.bytes / 1024).toFixed(1),
    String(r.check.problems.length),
    String(r.external.length),
    String(r.check.quality.html_errors),
    r.browser.overflow.length === 0 ? '-' : r.browser.overflow.join(' '),
    String(r.browser.axe.length),
    String(r.browser.consoleErrors.length),
    String(r.browser.network.length),
    failures(r).length === 0 ? 'PASS' : 'FAIL',
  ]);
  const widths = COLUMNS.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  const out = [line(COLUMNS), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  for (const r of reports) {
    const why = failures(r);
    if (why.length > 0) out.push('', `${r.name}:`, ...why.map((reason) => `  - ${reason}`));
  }
  const failed = reports.filter((r) => failures(r).length > 0).length;
  out.push('', `${reports.length} pages checked, ${failed} failing`);
  return out.join('\n');
}
