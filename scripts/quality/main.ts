import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { loadConfig } from '../../src/platform/config.js';
import { createDb, type Db } from '../../src/platform/db.js';
import { CopySchema } from '../../src/providers/contracts.js';
import { checkPage, imageSources, PageQualitySchema, type PageExpectations } from '../../src/providers/shared/page-quality/index.js';
import { checkInBrowser, launchChromium } from './browser-check.js';
import { failures, formatTable, type PageReport } from './report.js';

/**
 * `npm run quality -- <dir of .html files | file.html | task id>…`: every page
 * through the quality gate (parser, external resources, html-validate) and
 * through Chromium (overflow at 375×667 and 1280×800, axe-core serious and
 * critical violations, console errors, any request but the page's own image).
 * Prints a table and exits 1 when a page fails. For a task id the page, its
 * copy and image URL come from PostgreSQL, and the axe count is stored in the
 * postcard's `quality`.
 */
interface Target {
  readonly name: string;
  readonly html: string;
  readonly expected: PageExpectations;
  /** Set for a stored postcard: where the browser's findings are recorded. */
  readonly taskId?: string;
}

const TASK_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function fileTargets(path: string): Promise<Target[]> {
  const files = (await stat(path)).isDirectory()
    ? (await readdir(path)).filter((f) => f.endsWith('.html')).sort().map((f) => join(path, f))
    : [path];
  return Promise.all(files.map(async (file) => ({ name: basename(file), html: await readFile(file, 'utf8'), expected: {} })));
}

async function taskTargets(db: Db, ids: readonly string[]): Promise<Target[]> {
  const rows = await db.postcard.findMany({ where: { taskId: { in: [...ids] } }, select: { taskId: true, frontendCode: true, imageUrl: true, content: true } });
  const missing = ids.filter((id) => !rows.some((r) => r.taskId === id && r.frontendCode !== null));
  if (missing.length > 0) throw new Error(`no stored page for ${missing.join(', ')}`);
  return rows.flatMap((row) => {
    if (row.frontendCode === null) return [];
    const copy = CopySchema.safeParse(row.content);
    const expected = { ...(copy.success ? { copy: copy.data } : {}), ...(row.imageUrl === null ? {} : { imageUrl: row.imageUrl }) };
    return [{ name: row.taskId, html: row.frontendCode, expected, taskId: row.taskId }];
  });
}

/** The page's own image: the known URL, or else its first <img>. */
const ownImage = (target: Target): string | undefined => target.expected.imageUrl ?? imageSources(target.html)[0];

async function recordAxe(db: Db, taskId: string, violations: number): Promise<void> {
  const row = await db.postcard.findUnique({ where: { taskId }, select: { quality: true } });
  const quality = PageQualitySchema.safeParse(row?.quality);
  if (!quality.success) return;
  await db.postcard.update({ where: { taskId }, data: { quality: { ...quality.data, accessibility_violations: violations } } });
}

async function main(args: readonly string[]): Promise<number> {
  if (args.length === 0) {
    process.stderr.write('usage: npm run quality -- <directory of .html files | file.html | task id>…\n');
    return 2;
  }
  const ids = args.filter((a) => TASK_ID.test(a));
  const paths = args.filter((a) => !TASK_ID.test(a));
  const db = ids.length === 0 ? undefined : createDb({ url: loadConfig(process.env).databaseUrl, poolSize: 2 });
  const browser = await launchChromium();
  try {
    const targets = [...(await Promise.all(paths.map(fileTargets))).flat(), ...(db === undefined ? [] : await taskTargets(db, ids))];
    const reports: PageReport[] = [];
    for (const target of targets) {
      const check = checkPage(target.html, target.expected);
      const browserFindings = await checkInBrowser(browser, target.html, ownImage(target));
      reports.push({ name: target.name, bytes: Buffer.byteLength(target.html), check, external: check.removed.map((r) => r.url), browser: browserFindings });
      if (db !== undefined && target.taskId !== undefined) await recordAxe(db, target.taskId, browserFindings.axe.length);
    }
    process.stdout.write(`${formatTable(reports)}\n`);
    return reports.some((r) => failures(r).length > 0) ? 1 : 0;
  } finally {
    await browser.close();
    await db?.$disconnect();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`quality: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  },
);
