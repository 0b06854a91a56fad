import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** Runs `npm run quality -- …` (scripts/quality/main.ts under tsx) to its end. */
function runQuality(args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'quality', 'main.ts'), ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const page = (title: string, head: string, body: string) => `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${head}
</head>
<body>
<main>
<img src="https://cdn.example.test/image.png" width="1024" height="1024" alt="A garden in spring">
${body}
</main>
</body>
</html>`;

const GOOD = page(
  'Happy birthday',
  '<style>body { margin: 0; font-family: system-ui, sans-serif; } img { max-width: 100%; height: auto; display: block; }</style>',
  '<h1>Happy birthday</h1>\n<p>Send news: I will @import it straight into my heart.</p>',
);
const BAD = page(
  'Wide card',
  '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter">\n<style>body { margin: 0 } .wide { width: 900px; }</style>',
  '<h1 class="wide">Too wide</h1>\n<script>console.error("boom")</script>',
);

describe('npm run quality', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'postcard-quality-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('passes a clean page (visible "@import" text included)', async () => {
    await writeFile(join(dir, 'good.html'), GOOD);
    const result = await runQuality([join(dir, 'good.html')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^good\.html\s.*PASS$/m);
  }, 120_000);

  it('prints a table of a directory and exits non-zero when a page fails, saying why', async () => {
    await writeFile(join(dir, 'good.html'), GOOD);
    await writeFile(join(dir, 'bad.html'), BAD);
    await writeFile(join(dir, 'notes.txt'), 'not a page');
    const result = await runQuality([dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^page\s+KB\s+problems\s+external\s+html errors\s+overflow\s+axe\s+console\s+network\s+result$/m);
    expect(result.stdout).toMatch(/^bad\.html\s.*375×667.*FAIL$/m);
    expect(result.stdout).toMatch(/^good\.html\s.*PASS$/m);
    expect(result.stdout).not.toContain('notes.txt');
    for (const reason of ['loads https://fonts.googleapis.com/css2?family=Inter', 'overflows at 375×667', 'console: boom', 'requested https://fonts.googleapis.com/css2?family=Inter']) {
      expect(result.stdout).toContain(reason);
    }
    expect(result.stdout).toContain('2 pages checked, 1 failing');
  }, 120_000);
});
