import type { FieldIssue } from './error-body.js';

/*
 * Checks of parsed request input that the schemas cannot make safely.
 * JSON.parse accepts any nesting (its parser keeps its own stack), but
 * JSON.stringify, Prisma and recursive helpers overflow the call stack a few
 * thousand levels down: a 32 KB body holds 16,000. So both walks below keep
 * an explicit stack and never recurse.
 */

/** How deeply objects and arrays nest in `value` (a scalar is 0, `{}` is 1); stops counting once past `limit`. */
export function jsonDepth(value: unknown, limit = Number.POSITIVE_INFINITY): number {
  let deepest = 0;
  const stack: Array<{ readonly value: unknown; readonly depth: number }> = [{ value, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (typeof item.value !== 'object' || item.value === null) continue;
    const depth = item.depth + 1;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(item.value)) stack.push({ value: child, depth });
  }
  return deepest;
}

// Without the `u` flag a regex sees UTF-16 code units: a high surrogate not
// followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why PostgreSQL (or any UTF-8 consumer) cannot store `text` as given; null when it can. */
function textProblem(text: string): string | null {
  // PostgreSQL refuses NUL in text and jsonb; left to the database it looks like an outage.
  if (text.includes('\u0000')) return 'must not contain the NUL character (\\u0000)';
  // JSON's \uD800 escapes allow halves of a character that UTF-8 cannot encode; they would be stored as U+FFFD.
  if (LONE_SURROGATE.test(text)) return 'must be valid Unicode (it has an unpaired surrogate)';
  return null;
}

/** A path kept as links to its parent, so that a deep walk does not copy one array per level. */
interface PathLink {
  readonly parent: PathLink | null;
  readonly key: string;
}

function fieldOf(link: PathLink | null, root: string): string {
  const keys: string[] = [];
  for (let at = link; at !== null; at = at.parent) keys.push(at.key);
  return keys.length === 0 ? root : keys.reverse().join('.');
}

/**
 * Every string in `value`, object keys included, that cannot be stored as
 * text: a NUL character or an unpaired surrogate. Each issue names its field
 * as parseRequest does (`metadata.note`, `tags.0`), `root` for `value` itself.
 * At most `max` issues, so a body of a thousand bad strings gets a short answer.
 */
export function unsafeTextIssues(value: unknown, root: string, max = 10): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const stack: Array<{ readonly value: unknown; readonly path: PathLink | null }> = [{ value, path: null }];
  for (let item = stack.pop(); item !== undefined && issues.length < max; item = stack.pop()) {
    if (typeof item.value === 'string') {
      const problem = textProblem(item.value);
      if (problem !== null) issues.push({ field: fieldOf(item.path, root), message: problem });
      continue;
    }
    if (typeof item.value !== 'object' || item.value === null) continue;
    const children: Array<{ readonly value: unknown; readonly path: PathLink }> = [];
    for (const [key, child] of Object.entries(item.value)) {
      const path = { parent: item.path, key };
      const keyProblem = textProblem(key);
      if (keyProblem !== null) issues.push({ field: fieldOf(path, root), message: `is not a usable field name: ${keyProblem}` });
      children.push({ value: child, path });
    }
    // Reversed onto the stack, so that issues come in the order of the document.
    for (const child of children.reverse()) stack.push(child);
  }
  return issues.slice(0, max);
}
