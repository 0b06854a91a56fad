import { z } from 'zod';

/**
 * A schema for JSON text from outside the process (a Redis message, a
 * frame): text that is not JSON fails `safeParse` like a wrong shape does,
 * so a listener handles both with one check and never throws.
 */
export function jsonMessage<T extends z.ZodType>(schema: T) {
  return z
    .string()
    .transform((text, ctx): unknown => {
      try {
        return JSON.parse(text);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: `not JSON: ${error instanceof Error ? error.message : String(error)}` });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

/** The first problem of a failed parse, short enough for a log line. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'invalid';
  return issue.path.length === 0 ? issue.message : `${issue.path.join('.')}: ${issue.message}`;
}
