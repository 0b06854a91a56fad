import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compiledPath, REPO_ROOT } from '../support/entry-points';

const ENTRY_SCRIPTS = ['start', 'api', 'worker', 'postcard', 'dev', 'check-config'] as const;

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a compiled file as the package.json scripts run our entry points: node with `--env-file-if-exists`. */
function runWithEnvFile(envFile: string, script: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [`--env-file-if-exists=${envFile}`, script],
      { cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '', ...env } },
      (error, stdout, stderr) => resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr }),
    );
  });
}

describe('.env', () => {
  let dir: string;
  let probe: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'env-file-'));
    probe = join(dir, 'probe.cjs');
    // What an entry point's loadConfig(process.env) sees.
    await writeFile(
      probe,
      `const { loadConfig } = require(${JSON.stringify(compiledPath('src/platform/config.ts'))});
const config = loadConfig(process.env);
process.stdout.write(JSON.stringify({ port: config.http.port, queuePrefix: config.queuePrefix, strategy: config.generation.strategy }));
`,
    );
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is loaded by every entry point of package.json', async () => {
    const pkg = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    for (const name of ENTRY_SCRIPTS) {
      const nodeCommands = (pkg.scripts[name] ?? '').split('&&').map((command) => command.trim().split(/\s+/)).filter(([program]) => program === 'node');
      expect({ name, runsNode: nodeCommands.length > 0 }).toEqual({ name, runsNode: true });
      for (const words of nodeCommands) expect({ name, flag: words[1] }).toEqual({ name, flag: '--env-file-if-exists=.env' });
    }
    // npm start checks the configuration before the build, the migration and the service: only the Prisma
    // client the config module reads its enums from is generated first (a fresh clone has none).
    const steps = (pkg.scripts.start ?? '').split('&&').map((command) => command.trim());
    expect(steps.slice(0, 3)).toEqual(['tsx scripts/build/prisma-generate-if-stale.ts', 'npm run -s check-config', 'npm run -s build']);
  });

  it('reaches loadConfig, and a variable set in the environment wins over it', async () => {
    const envFile = join(dir, 'values.env');
    await writeFile(envFile, '# comment\nPORT=8123\nQUEUE_PREFIX=from-dotenv\nWORKFLOW_STRATEGY="quality"\n');

    const fromFile = await runWithEnvFile(envFile, probe);
    expect(fromFile.stderr).toBe('');
    expect(JSON.parse(fromFile.stdout)).toEqual({ port: 8123, queuePrefix: 'from-dotenv', strategy: 'quality' });

    const exported = await runWithEnvFile(envFile, probe, { QUEUE_PREFIX: 'from-shell' });
    expect(JSON.parse(exported.stdout)).toEqual({ port: 8123, queuePrefix: 'from-shell', strategy: 'quality' });
  });

  it('may be absent', async () => {
    const run = await runWithEnvFile(join(dir, 'missing.env'), probe);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ port: 8001, queuePrefix: 'postcard', strategy: 'balanced' });
  });

  it('is checked by check-config: a bad value exits 78 naming the variable, an exported good one overrides it', async () => {
    const envFile = join(dir, 'bad.env');
    await writeFile(envFile, 'PORT=eighty\n');
    const checkConfig = compiledPath('src/bin/check-config.ts');

    const bad = await runWithEnvFile(envFile, checkConfig);
    expect(bad.code).toBe(78);
    expect(bad.stderr).toContain('PORT:');

    const overridden = await runWithEnvFile(envFile, checkConfig, { PORT: '8002' });
    expect({ code: overridden.code, stderr: overridden.stderr }).toEqual({ code: 0, stderr: '' });
  });
});
