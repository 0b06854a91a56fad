import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { ErrorBodySchema } from '../http/error-body.js';
import { ConfigError, loadConfig } from '../platform/config.js';
import { CreatedResponseSchema, StatusResponseSchema, type StatusResponse, type StepViewStatus } from '../postcards/postcard-responses.js';

/**
 * `npm run postcard -- "prompt" [--style S] [--theme T] [--out card.html] [--api URL]`
 * Creates a postcard through the HTTP API, draws its progress through the
 * four steps as its events arrive (SSE), and says where the finished HTML is.
 */

const USAGE = `usage: npm run postcard -- "<prompt>" [--style <style>] [--theme <theme>] [--out <file.html>] [--api <base url>] [--timeout <seconds>]
(AUTH_MODE=keys: the API key in POSTCARD_API_KEY, or --key)`;

const MARK = { SUCCEEDED: '✓', RUNNING: '…', RETRYING: '↻', FAILED: '✗', PENDING: '·', SKIPPED: '-' } as const satisfies Record<StepViewStatus, string>;

function bar(progress: number, width = 24): string {
  const filled = Math.round((progress / 100) * width);
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(progress).padStart(3)}%`;
}

function line(view: StatusResponse): string {
  const steps = view.steps.map((s) => `${MARK[s.status]} ${s.label}`).join('  ');
  return `${bar(view.progress)}  ${steps}  ${view.status}`;
}

async function request<S extends z.ZodType>(schema: S, url: string, init?: RequestInit): Promise<z.infer<S>> {
  const response = await fetch(url, init);
  const body: unknown = await response.json();
  if (!response.ok) {
    const error = ErrorBodySchema.safeParse(body);
    throw new Error(`${response.status} from ${url}: ${error.success ? `${error.data.error.code}: ${error.data.error.message}` : JSON.stringify(body)}`);
  }
  // The API's own response schemas: an answer of another shape (an older or newer server) fails here, naming the field.
  return schema.parse(body);
}

/**
 * Wakes the caller whenever the postcard's event stream (SSE) says something
 * happened, so progress is drawn as it happens rather than on a poll. If the
 * stream cannot be opened or drops, `next` simply times out and the caller
 * falls back to polling.
 */
function followEvents(url: string, auth: Readonly<Record<string, string>>): { next(timeoutMs: number): Promise<void>; close(): void } {
  const abort = new AbortController();
  let wake: (() => void) | undefined;
  let pending = false;
  const signal = () => {
    if (wake === undefined) pending = true;
    else wake();
  };
  void (async () => {
    const response = await fetch(url, { headers: { accept: 'text/event-stream', ...auth }, signal: abort.signal });
    if (!response.ok || response.body === null) return;
    const decoder = new TextDecoder();
    for await (const chunk of response.body) {
      // Any complete event ("data:" line) is a reason to look again; heartbeats are comments.
      if (/^data:/m.test(decoder.decode(chunk as Uint8Array, { stream: true }))) signal();
    }
  })().catch(() => undefined);
  return {
    next: (timeoutMs) =>
      new Promise<void>((resolveNext) => {
        if (pending) {
          pending = false;
          resolveNext();
          return;
        }
        const timer = setTimeout(done, timeoutMs);
        function done() {
          clearTimeout(timer);
          wake = undefined;
          resolveNext();
        }
        wake = done;
      }),
    close: () => abort.abort(),
  };
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      style: { type: 'string' },
      theme: { type: 'string' },
      out: { type: 'string' },
      api: { type: 'string' },
      timeout: { type: 'string', default: '600' },
      key: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const prompt = positionals.join(' ').trim();
  if (values.help === true || prompt === '') {
    process.stderr.write(`${USAGE}\n`);
    return values.help === true ? 0 : 64;
  }
  const base = (values.api ?? loadConfig(process.env).http.publicBaseUrl).replace(/\/+$/, '');
  // A client's credential, not a service setting: the environment keeps it out of `ps` and shell history.
  const key = values.key ?? process.env['POSTCARD_API_KEY'];
  const auth: Readonly<Record<string, string>> = key === undefined || key === '' ? {} : { authorization: `Bearer ${key}` };
  const created = await request(CreatedResponseSchema, `${base}/api/v1/postcards/create`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body: JSON.stringify({ prompt, style: values.style, theme: values.theme }),
  });
  process.stdout.write(`task ${created.task_id}\n`);

  const deadline = Date.now() + Number(values.timeout) * 1000;
  const tty = process.stdout.isTTY;
  const events = followEvents(`${base}/api/v1/postcards/${created.task_id}/events`, auth);
  try {
    return await follow({ statusUrl: created.status_url, events, deadline, tty, out: values.out, timeout: values.timeout, auth });
  } finally {
    events.close();
  }
}

interface Following {
  readonly statusUrl: string;
  readonly events: { next(timeoutMs: number): Promise<void> };
  readonly deadline: number;
  readonly tty: boolean;
  /** Where to save the finished HTML, if anywhere. */
  readonly out: string | undefined;
  readonly timeout: string;
  readonly auth: Readonly<Record<string, string>>;
}

/** Draws the postcard's progress until it finishes or the deadline passes; returns the exit code. */
async function follow({ statusUrl, events, deadline, tty, out, timeout, auth }: Following): Promise<number> {
  let last = '';
  for (;;) {
    const view = await request(StatusResponseSchema, statusUrl, { headers: auth });
    const text = line(view);
    if (text !== last) {
      process.stdout.write(tty ? `\r${text}` : `${text}\n`);
      last = text;
    }
    if (view.status === 'COMPLETED') {
      if (tty) process.stdout.write('\n');
      process.stdout.write(`preview: ${view.preview_url}\nimage:   ${view.data?.image_url ?? '-'}\n`);
      if (out !== undefined) {
        const html = await (await fetch(view.preview_url)).text();
        const path = resolve(out);
        await writeFile(path, html, 'utf8');
        process.stdout.write(`html:    ${path}\n`);
      }
      return 0;
    }
    if (view.status === 'FAILED' || view.status === 'CANCELLED') {
      if (tty) process.stdout.write('\n');
      process.stderr.write(`postcard ${view.status}: ${view.error ?? ''}\n`);
      return 1;
    }
    if (Date.now() > deadline) {
      process.stderr.write(`\ngave up waiting after ${timeout} s; status: ${statusUrl}\n`);
      return 2;
    }
    // The next event, or a poll every 2 s when the stream is not there.
    await events.next(2000);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
