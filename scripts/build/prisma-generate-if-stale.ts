import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * `npm run build`'s first half: runs `prisma generate` only when the generated
 * client is missing or older than what it is made from (the schema, the Prisma
 * config, and the lockfile that pins Prisma's version). A start with no changes
 * thus skips it, and `tsc -b` then finds nothing to rebuild either.
 */

const ROOT = join(__dirname, '..', '..');
const GENERATED = join(ROOT, 'src', 'generated', 'prisma', 'client.ts');
const SOURCES = ['prisma/schema.prisma', 'prisma.config.ts', 'package-lock.json'].map((p) => join(ROOT, p));

function mtime(path: string): number | undefined {
  return statSync(path, { throwIfNoEntry: false })?.mtimeMs;
}

function main(): void {
  const generatedAt = mtime(GENERATED);
  const stale = generatedAt === undefined || SOURCES.some((source) => (mtime(source) ?? 0) > generatedAt);
  if (!stale) return;
  const cli = join(dirname(require.resolve('prisma/package.json')), 'build', 'index.js');
  const result = spawnSync(process.execPath, [cli, 'generate'], { cwd: ROOT, stdio: 'inherit' });
  if (result.error) throw result.error;
  process.exitCode = result.status ?? 1;
}

main();
