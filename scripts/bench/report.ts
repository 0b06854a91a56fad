import { round } from './support/stats.js';

/**
 * A target: `max`/`min` bound our number itself, `ratioMax`/`ratioMin` bound
 * ours ÷ baseline. Targets are reported as met or missed; the benchmark never
 * fails because of one (the machine is shared and noisy).
 */
export type Target =
  | { readonly kind: 'max'; readonly value: number; readonly label: string }
  | { readonly kind: 'min'; readonly value: number; readonly label: string }
  | { readonly kind: 'ratioMax'; readonly value: number; readonly label: string }
  | { readonly kind: 'ratioMin'; readonly value: number; readonly label: string };

export interface Row {
  readonly metric: string;
  readonly unit: string;
  readonly ours: number | null;
  readonly baseline: number | null;
  readonly target?: Target;
}

/** What one scenario reports: the table rows, and every raw number behind them for the JSON file. */
export interface ScenarioResult {
  readonly id: number;
  readonly title: string;
  readonly rows: readonly Row[];
  readonly notes: readonly string[];
  readonly details: Readonly<Record<string, unknown>>;
}

export type Verdict = 'met' | 'missed' | 'n/a';

export function ratioOf(row: Row): number | null {
  if (row.ours === null || row.baseline === null || row.baseline === 0 || !Number.isFinite(row.ours) || !Number.isFinite(row.baseline)) return null;
  return row.ours / row.baseline;
}

export function verdict(row: Row): Verdict {
  const { target } = row;
  if (target === undefined) return 'n/a';
  const value = target.kind === 'max' || target.kind === 'min' ? row.ours : ratioOf(row);
  if (value === null || !Number.isFinite(value)) return 'n/a';
  switch (target.kind) {
    case 'max':
    case 'ratioMax':
      return value <= target.value ? 'met' : 'missed';
    case 'min':
    case 'ratioMin':
      return value >= target.value ? 'met' : 'missed';
    default:
      return assertNever(target);
  }
}

function assertNever(value: never): never {
  throw new Error(`unexpected target ${JSON.stringify(value)}`);
}

function show(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '-';
  const abs = Math.abs(value);
  return String(round(value, abs >= 100 ? 0 : abs >= 10 ? 1 : 2));
}

/** A plain-text table, one line per row, scenarios separated by their titles. */
export function renderTable(results: readonly ScenarioResult[]): string {
  const header = ['metric', 'unit', 'ours', 'baseline', 'ours/base', 'target', 'met'];
  const lines: string[][] = [];
  const titles = new Map<number, string>();
  for (const result of results) {
    titles.set(lines.length, `${result.id}. ${result.title}`);
    for (const row of result.rows) {
      const ratio = ratioOf(row);
      lines.push([row.metric, row.unit, show(row.ours), show(row.baseline), ratio === null ? '-' : `${show(ratio)}×`, row.target?.label ?? '', verdict(row) === 'n/a' ? '' : verdict(row)]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const format = (cells: readonly string[]) => cells.map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  const out = [format(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  lines.forEach((line, index) => {
    const title = titles.get(index);
    if (title !== undefined) out.push(`[${title}]`);
    out.push(format(line));
  });
  return out.join('\n');
}

/** The same table in Markdown, for BENCHMARKS.md. */
export function renderMarkdown(results: readonly ScenarioResult[]): string {
  const out = ['| # | metric | unit | ours | baseline | ours/base | target | met |', '| --- | --- | --- | ---: | ---: | ---: | --- | --- |'];
  for (const result of results) {
    for (const row of result.rows) {
      const ratio = ratioOf(row);
      const v = verdict(row);
      out.push(`| ${result.id} | ${row.metric} | ${row.unit} | ${show(row.ours)} | ${show(row.baseline)} | ${ratio === null ? '-' : `${show(ratio)}×`} | ${row.target?.label ?? ''} | ${v === 'n/a' ? '' : v} |`);
    }
  }
  return out.join('\n');
}
