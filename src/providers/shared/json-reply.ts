import type { z } from 'zod';
import { accept, reject, type Checked } from './checked.js';

/**
 * Finds the JSON object in a model's text answer. Models asked for "JSON only"
 * still sometimes wrap it in ```json fences or add a sentence around it, which
 * costs nothing to tolerate.
 */
export function extractJsonText(reply: string): string {
  const fenced = /```(?:json)?\s*\n([\s\S]*?)\n?```/i.exec(reply);
  const body = (fenced?.[1] ?? reply).trim();
  if (body.startsWith('{')) return body;
  const start = body.indexOf('{');
  const end = body.lastIndexOf('}');
  return start >= 0 && end > start ? body.slice(start, end + 1) : body;
}

/** Zod issues as short lines a model can act on ("palette.1: a #rrggbb colour"). */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path === '' ? issue.message : `${path}: ${issue.message}`;
  });
}

/** Parses and validates a JSON answer against one of our schemas. */
export function parseJsonReply<T>(reply: string, schema: z.ZodType<T>): Checked<T> {
  const text = extractJsonText(reply);
  if (text === '') return reject(['the answer was empty; expected one JSON object']);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return reject([`the answer is not valid JSON (${reason}); send one JSON object and nothing else`]);
  }
  const result = schema.safeParse(parsed);
  return result.success ? accept(result.data) : reject(describeIssues(result.error));
}
