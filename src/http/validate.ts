import type { z } from 'zod';
import type { FieldIssue } from './error-body.js';
import { ValidationError } from './http-errors.js';
import { unsafeTextIssues } from './json-input.js';

type Part = 'body' | 'query' | 'params' | 'headers';

function rejected(part: Part, issues: readonly FieldIssue[]): ValidationError {
  const first = issues[0];
  const summary = first === undefined ? `invalid ${part}` : `${first.field}: ${first.message}`;
  return new ValidationError(`Invalid request ${part}: ${summary}`, issues);
}

/**
 * Parses one part of a request, or throws a 400 that names every bad field.
 * Text no database column can hold (NUL, unpaired surrogates) is refused
 * first, whatever the schema, so that it never reaches PostgreSQL and comes
 * back as what looks like an outage.
 */
export function parseRequest<S extends z.ZodType>(schema: S, value: unknown, part: Part): z.infer<S> {
  const unsafe = unsafeTextIssues(value, part);
  if (unsafe.length > 0) throw rejected(part, unsafe);
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => {
    const path = issue.path.map(String);
    // zod reports unknown keys on the parent object; name the keys themselves.
    if (issue.code === 'unrecognized_keys') {
      return { field: [...path, issue.keys.join(',')].join('.'), message: 'is not a known field' };
    }
    return { field: path.length > 0 ? path.join('.') : part, message: issue.message };
  });
  throw rejected(part, issues);
}
