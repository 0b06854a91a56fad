import { round } from './support/stats.js';

/**
 * A target: `max`/`min` bound our number itself, `ratioMax`/`ratioMin` bound
 * ours ÷ baseline (ours ÷ durable floor for a row's `floorTarget`). Targets are reported as met or missed; the benchmark never
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
  /**
   * The durable floor's figure (scenario 1): the bare flow plus the least SQL
   * our design needs (support/durable-floor.ts). Absent: the row has none.
   */
  readonly floor?: number | null;
  /** A ratio target on ours ÷ floor. */
  readonly floorTarget?: Target;
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

function ratio(ours: number | null, base: number | null | undefined): number | null {
  if (ours === null || base === null || base === undefined || base === 0 || !Number.isFinite(ours) || !Number.isFinite(base)) return null;
  return ours / base;
}

/** ours ÷ baseline. */
export function ratioOf(row: Row): number | null {
  return ratio(row.ours, row.baseline);
}

/** ours ÷ durable floor. */
function floorRatioOf(row: Row): number | null {
  return ratio(row.ours, row.floor);
}

export function verdict(row: Row): Verdict {
  return judge(row.target, row.ours, ratioOf(row));
}

function judge(target: Target | undefined, ours: number | null, ratioValue: number | null): Verdict {
  if (target === undefined) return 'n/a';
  const value = target.kind === 'max' || target.kind === 'min' ? ours : ratioValue;
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

/** The target and met cells: the baseline's target, then the floor's, joined. */
function targetCells(row: Row): { readonly label: string; readonly met: string } {
  const judged = [
    { target: row.target, verdict: verdict(row) },
    { target: row.floorTarget, verdict: judge(row.floorTarget, row.ours, floorRatioOf(row)) },
  ].filter((t) => t.target !== undefined);
  return {
    label: judged.map((t) => t.target?.label ?? '').join('; '),
    met: judged.every((t) => t.verdict === 'n/a') ? '' : judged.map((t) => (t.verdict === 'n/a' ? '-' : t.verdict)).join('; '),
  };
}

const hasFloor = (results: readonly ScenarioResult[]) => results.some((r) => r.rows.some((row) => row.floor !== undefined));

/** The cells of one row; the floor's two only when some row of the report has a floor. */
function cells(row: Row, withFloor: boolean): string[] {
  const ratioCell = (value: number | null) => (value === null ? '-' : `${show(value)}×`);
  const { label, met } = targetCells(row);
  return [
    row.metric,
    row.unit,
    show(row.ours),
    show(row.baseline),
    ratioCell(ratioOf(row)),
    ...(withFloor ? [show(row.floor ?? null), ratioCell(floorRatioOf(row))] : []),
    label,
    met,
  ];
}

function show(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '-';
  const abs = Math.abs(value);
  return String(round(value, abs >= 100 ? 0 : abs >= 10 ? 1 : 2));
}

/** A plain-text table, one line per row, scenarios separated by their titles. */
export function renderTable(results: readonly ScenarioResult[]): string {
  const withFloor = hasFloor(results);
  const header = ['metric', 'unit', 'ours', 'baseline', 'ours/base', ...(withFloor ? ['floor', 'ours/floor'] : []), 'target', 'met'];
  const numeric = withFloor ? 6 : 4;
  const lines: string[][] = [];
  const titles = new Map<number, string>();
  for (const result of results) {
    titles.set(lines.length, `${result.id}. ${result.title}`);
    for (const row of result.rows) lines.push(cells(row, withFloor));
  }
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const format = (line: readonly string[]) => line.map((c, i) => (i >= 2 && i <= numeric ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
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
  const withFloor = hasFloor(results);
  const floorHeader = withFloor ? ' floor | ours/floor |' : '';
  const floorAlign = withFloor ? ' ---: | ---: |' : '';
  const out = [`| # | metric | unit | ours | baseline | ours/base |${floorHeader} target | met |`, `| --- | --- | --- | ---: | ---: | ---: |${floorAlign} --- | --- |`];
  for (const result of results) {
    for (const row of result.rows) out.push(`| ${result.id} | ${cells(row, withFloor).join(' | ')} |`);
  }
  return out.join('\n');
}
