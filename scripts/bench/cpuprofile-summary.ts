import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { z } from 'zod';
import { REPO_ROOT } from './support/bench-database.js';

/**
 * Summarises V8 .cpuprofile files (from `node --cpu-prof`): the top functions
 * by self time, and self time by owner (our src/, each node_modules package,
 * Node's internals, GC, idle), so a missed target can be pinned on our code
 * or on BullMQ's, Prisma's, ioredis's own cost.
 *
 *   npx tsx scripts/bench/cpuprofile-summary.ts [--top 30] file.cpuprofile…
 */
const ProfileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }),
    }),
  ),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});

export function ownerOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const path = url.replace(/^file:\/\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg !== null) return pkg[1] ?? path;
  if (path.startsWith('node:')) return 'node internals';
  const rel = relative(REPO_ROOT, path);
  const [top, second] = rel.split('/');
  if (top === 'src' && second !== undefined) return second === 'generated' ? 'src/generated (Prisma client)' : `src/${second}`;
  return rel.startsWith('..') ? path : (top ?? rel);
}

export interface ProfileSummary {
  readonly totalMs: number;
  readonly functions: ReadonlyArray<{ readonly name: string; readonly where: string; readonly owner: string; readonly selfMs: number }>;
  readonly owners: ReadonlyArray<{ readonly owner: string; readonly selfMs: number }>;
}

export function summarizeProfile(raw: unknown): ProfileSummary {
  const profile = ProfileSchema.parse(raw);
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const selfUs = new Map<string, { name: string; where: string; owner: string; us: number }>();
  let totalUs = 0;
  profile.samples.forEach((nodeId, i) => {
    const frame = byId.get(nodeId);
    const us = profile.timeDeltas[i] ?? 0;
    if (frame === undefined) return;
    totalUs += us;
    const where = frame.url === '' ? '' : `${frame.url.replace(/^file:\/\//, '').replace(`${REPO_ROOT}/`, '')}:${frame.lineNumber + 1}`;
    const key = `${frame.functionName}@${where}`;
    const entry = selfUs.get(key) ?? { name: frame.functionName || '(anonymous)', where, owner: ownerOf(frame.url, frame.functionName), us: 0 };
    entry.us += us;
    selfUs.set(key, entry);
  });
  const owners = new Map<string, number>();
  for (const f of selfUs.values()) owners.set(f.owner, (owners.get(f.owner) ?? 0) + f.us);
  return {
    totalMs: totalUs / 1000,
    functions: [...selfUs.values()].sort((a, b) => b.us - a.us).map((f) => ({ name: f.name, where: f.where, owner: f.owner, selfMs: f.us / 1000 })),
    owners: [...owners].sort((a, b) => b[1] - a[1]).map(([owner, us]) => ({ owner, selfMs: us / 1000 })),
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 30;
  const files = args.filter((_a, i) => i !== topAt && i !== topAt + 1);
  if (files.length === 0) throw new Error('usage: cpuprofile-summary.ts [--top N] file.cpuprofile…');
  for (const file of files) {
    const summary = summarizeProfile(JSON.parse(await readFile(file, 'utf8')));
    const pct = (ms: number) => `${((ms / summary.totalMs) * 100).toFixed(1).padStart(5)}%`;
    process.stdout.write(`\n${file}: ${(summary.totalMs / 1000).toFixed(1)} s sampled\n\nself time by owner:\n`);
    for (const o of summary.owners.slice(0, 20)) process.stdout.write(`  ${pct(o.selfMs)}  ${o.selfMs.toFixed(0).padStart(7)} ms  ${o.owner}\n`);
    process.stdout.write(`\ntop ${top} functions by self time:\n`);
    for (const f of summary.functions.slice(0, top)) process.stdout.write(`  ${pct(f.selfMs)}  ${f.selfMs.toFixed(0).padStart(7)} ms  ${f.name}  ${f.where}\n`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
