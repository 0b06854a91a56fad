import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runEntryPoint } from '../support/entry-points';
import { startTestSystem, type TestSystem } from '../support/test-system';

/** Runs `npm run postcard -- …` (node on the compiled src/bin/postcard-cli.ts) to its end. */
const runCli = (args: readonly string[]) => runEntryPoint('src/bin/postcard-cli.ts', args);

describe('the postcard CLI', () => {
  let system: TestSystem;
  let dir: string;
  beforeAll(async () => {
    system = await startTestSystem();
    dir = await mkdtemp(join(tmpdir(), 'postcard-cli-'));
  });
  afterAll(async () => {
    await system.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('creates a postcard, draws each step as its events arrive, and saves the finished HTML', async () => {
    const out = join(dir, 'card.html');
    const result = await runCli(['Happy birthday, Mia!', '--style', 'watercolor', '--api', system.baseUrl, '--out', out, '--timeout', '60']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    const taskId = /^task ([0-9a-f-]{36})$/.exec(lines[0] ?? '')?.[1];
    expect(taskId).toBeDefined();
    // Not a TTY: one line per change, ending at 100% with every step done.
    expect(lines.some((l) => l.includes('100%') && l.includes('COMPLETED') && (l.match(/✓/g) ?? []).length === 4)).toBe(true);
    expect(result.stdout).toContain(`preview: ${system.baseUrl}/preview/${taskId}`);
    const html = await readFile(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    const [row] = await system.query<{ status: string }>('SELECT status FROM postcards WHERE task_id = $1', [taskId]);
    expect(row?.status).toBe('COMPLETED');
  });

  it('exits 64 with the usage when there is no prompt, creating nothing', async () => {
    const result = await runCli(['--api', system.baseUrl]);
    expect(result.code).toBe(64);
    expect(result.stderr).toContain('usage: npm run postcard');
    expect(await system.query('SELECT 1 FROM postcards WHERE user_input = $1', [''])).toHaveLength(0);
  });
});
