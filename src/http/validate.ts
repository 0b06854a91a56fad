import type { z } from 'zod';
import { ValidationError } from './http-errors.js';

type Part = 'body' | 'query' | 'params' | 'headers';

/** Parses one part of a request, or throws a 400 that names every bad field. */
export function parseRequest<S extends z.ZodType>(schema: S, value: unknown, part: Part): z.infer<S> {
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
  const first = issues[0];
  const summary = first === undefined ? `invalid ${part}` : `${first.field}: ${first.message}`;
  throw new ValidationError(`Invalid request ${part}: ${summary}`, issues);
}
