import { z } from 'zod';

/**
 * The body of every error response, `{ "error": { "code", "message", "details" } }`,
 * declared once: the error middleware builds it, the OpenAPI document
 * describes it, and clients and tests parse it.
 */
const FieldIssueSchema = z.object({ field: z.string(), message: z.string() });
/** One field-level problem, as returned in `error.details`. */
export type FieldIssue = z.infer<typeof FieldIssueSchema>;

export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(FieldIssueSchema).optional().meta({ description: 'each bad field of a rejected request' }),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
