/**
 * Scrubbing of log records before they are formatted: a secret is caught by
 * the name of the field that holds it, at any depth, and by its value, in any
 * string of the record (message, metadata, error messages and stacks).
 */

/** What a secret is replaced with, whether found by name or by value. */
export const REDACTED = '[redacted]';

/**
 * Configured secret values shorter than this are not scrubbed: they would
 * match ordinary words and ids and shred every line.
 */
export const MIN_SECRET_LENGTH = 6;

/** Log records are not dumps; the bound also keeps a pathological object from stalling every log call. */
const MAX_DEPTH = 10;

/**
 * Matched against the key after camelCase is split into snake_case, with word
 * boundaries, so `accessToken`, `x-goog-api-key`, `set-cookie` and
 * `client_secret` are caught while `input_tokens`, `max_tokens`,
 * `idempotency_key` and `cache_key` (ordinary, useful fields) are not.
 */
const SECRET_KEY = /(?:^|[^a-z])(?:authorization|passw(?:or)?ds?|secrets?|token|cookies?|api[-_]?keys?|private[-_]?key)(?:$|[^a-z])/;

export function isSecretKey(key: string): boolean {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z])([A-Z][a-z])/g, '$1_$2').toLowerCase();
  return SECRET_KEY.test(words);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** One alternation built once per logger, so scrubbing a string is a single scan however many secrets there are. */
function secretPattern(secrets: readonly string[]): RegExp | null {
  const usable = [...new Set(secrets)]
    .filter((secret) => secret.length >= MIN_SECRET_LENGTH)
    // Longest first: where one secret begins another, the shorter match would leave the longer one's tail in the line.
    .sort((a, b) => b.length - a.length);
  return usable.length === 0 ? null : new RegExp(usable.map(escapeRegExp).join('|'), 'g');
}

function hasToJSON(value: object): value is { toJSON(): unknown } {
  return 'toJSON' in value && typeof value.toJSON === 'function';
}

export interface RedactionOptions {
  /** Configured secret values (API keys, passwords, tokens), replaced wherever they appear. */
  readonly secrets: readonly string[];
  /** Longest `prompt` string kept; prompts are user text, long, and rarely needed whole. */
  readonly promptMaxChars: number;
}

/**
 * Returns a function that makes one log record safe in place: every top-level
 * field is replaced by a redacted copy (nested objects are copied, never
 * mutated, since they belong to the caller). Errors become plain objects
 * (JSON would print them as `{}`), cycles become `[circular]` and anything
 * nested deeper than the bound becomes `[too deep]`.
 */
export function createRedactor(options: RedactionOptions): (record: Record<string, unknown>) => void {
  const pattern = secretPattern(options.secrets);
  const scrub = (text: string): string => (pattern === null ? text : text.replace(pattern, REDACTED));

  const field = (key: string, value: unknown, depth: number, ancestors: Set<object>): unknown => {
    // An absent credential reveals nothing, and seeing that it is absent helps debug auth failures.
    if (value === undefined || value === null) return value;
    if (isSecretKey(key)) return REDACTED;
    if (key === 'prompt' && typeof value === 'string') {
      // Scrub before cutting, or a secret straddling the cut would survive in part.
      const text = scrub(value);
      return text.length > options.promptMaxChars ? `${text.slice(0, options.promptMaxChars)}… (${text.length} chars)` : text;
    }
    return copy(value, depth, ancestors);
  };

  const fields = (entries: ReadonlyArray<readonly [string, unknown]>, depth: number, ancestors: Set<object>): Record<string, unknown> =>
    // fromEntries defines own properties, so a `__proto__` key from parsed input stays data.
    Object.fromEntries(entries.map(([key, value]) => [scrub(key), field(key, value, depth, ancestors)]));

  const errorFields = (error: Error): Array<[string, unknown]> => {
    const entries: Array<[string, unknown]> = [['name', error.name], ['message', error.message]];
    // Own fields carry the useful context (ProviderError's kind and retryable, Node's code and syscall)
    // and sometimes secrets (an SDK's request options), so they go through the same key and value checks.
    entries.push(...Object.entries(error));
    entries.push(['stack', error.stack]);
    // `cause` and `errors` are not enumerable, yet they are where the root cause of a failure is.
    if (error.cause !== undefined) entries.push(['cause', error.cause]);
    if (error instanceof AggregateError) entries.push(['errors', error.errors]);
    return entries;
  };

  const copy = (value: unknown, depth: number, ancestors: Set<object>): unknown => {
    if (typeof value === 'string') return scrub(value);
    if (typeof value !== 'object' || value === null) return value;
    if (ancestors.has(value)) return '[circular]';
    if (depth >= MAX_DEPTH) return '[too deep]';
    // Only the path from the root is tracked: an object referenced twice side by side is not a cycle.
    ancestors.add(value);
    let result: unknown;
    if (Array.isArray(value)) result = value.map((item: unknown) => copy(item, depth + 1, ancestors));
    else if (value instanceof Error) result = fields(errorFields(value), depth + 1, ancestors);
    // What JSON would print (a Date's ISO string, a URL's href), scrubbed like any other value.
    else if (hasToJSON(value)) result = copy(value.toJSON(), depth + 1, ancestors);
    else result = fields(Object.entries(value), depth + 1, ancestors);
    ancestors.delete(value);
    return result;
  };

  return (record) => {
    const ancestors = new Set<object>([record]);
    for (const key of Object.keys(record)) {
      const value = field(key, record[key], 0, ancestors);
      const safeKey = scrub(key);
      if (safeKey !== key) delete record[key];
      record[safeKey] = value;
    }
  };
}
