import { parseArgs } from 'node:util';
import { createLocalProviders } from '../../src/providers/local/index.js';
import { checkPage } from '../../src/providers/shared/page-quality/index.js';
import type { StepContext } from '../../src/providers/contracts.js';

/**
 * The CPU one postcard costs a worker outside the orchestration: each local
 * provider call and the page quality gate, timed one after another on one
 * core (no I/O), in CPU time (process.cpuUsage), so that other processes on
 * a busy machine count less than in wall time. Scenario 1's zero-latency providers do exactly this work, so
 * it is the part of "ours" that the flow baselines, with trivial processors,
 * do not pay.
 *
 *   npx tsx scripts/bench/step-cpu.ts [--n 300]
 */
const { values } = parseArgs({ options: { n: { type: 'string', default: '300' }, warmup: { type: 'string', default: '50' } } });
const N = Number(values.n);
const WARMUP = Number(values.warmup);
const PROMPTS = [
  'Happy birthday to my sister Lina, who loves the sea',
  '祝妈妈中秋节快乐，身体健康',
  'Congratulations on your graduation, Sam! So proud of you.',
  'Thank you for the wonderful dinner last week',
  'Merry Christmas from all of us in Vienna',
];
const ctx: StepContext = { signal: new AbortController().signal };
const local = createLocalProviders();
const PARTS = ['concept', 'copy', 'illustration', 'page', 'gate'] as const;
type Part = (typeof PARTS)[number];

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

async function one(i: number, into: Record<Part, number>): Promise<void> {
  const request = { prompt: `${PROMPTS[i % PROMPTS.length] ?? ''} #${i}`, style: null, theme: null };
  let t = cpuMs();
  const lap = (part: Part) => {
    const now = cpuMs();
    into[part] += now - t;
    t = now;
  };
  const concept = await local.text.concept({ request }, ctx);
  lap('concept');
  const copy = await local.text.copy({ request, concept }, ctx);
  lap('copy');
  const image = await local.image.illustrate({ request, concept, copy }, ctx);
  lap('illustration');
  const imageUrl = `/api/v1/assets/${'0'.repeat(64)}`;
  const html = await local.code.render({ request, concept, copy, imageUrl, imageWidth: image.width, imageHeight: image.height }, ctx);
  lap('page');
  checkPage(html, { copy, imageUrl });
  lap('gate');
}

async function main(): Promise<void> {
  const warm = Object.fromEntries(PARTS.map((p) => [p, 0])) as Record<Part, number>;
  for (let i = 0; i < WARMUP; i += 1) await one(i, warm);
  const spent = Object.fromEntries(PARTS.map((p) => [p, 0])) as Record<Part, number>;
  for (let i = 0; i < N; i += 1) await one(WARMUP + i, spent);
  const total = PARTS.reduce((sum, p) => sum + spent[p], 0);
  for (const p of PARTS) process.stdout.write(`${p.padEnd(13)} ${(spent[p] / N).toFixed(2).padStart(7)} ms per postcard\n`);
  process.stdout.write(`${'total'.padEnd(13)} ${(total / N).toFixed(2).padStart(7)} ms per postcard (${N} postcards, one core: at most ${Math.round(1000 / (total / N))} postcards/s)\n`);
}

void main();
