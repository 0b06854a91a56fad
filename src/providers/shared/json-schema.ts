import { z } from 'zod';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Round-trips through JSON so the result is plain data with a precise type. */
function toJson(value: unknown): Json {
  const parsed: unknown = JSON.parse(JSON.stringify(value));
  return narrow(parsed);
}

function narrow(value: unknown): Json {
  if (value === null || typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(narrow);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, narrow(v)]));
  throw new TypeError(`not JSON: ${typeof value}`);
}

/** The JSON Schema of one of our zod schemas, without the `$schema` marker (for prompts). */
export function jsonSchemaOf(schema: z.ZodType): JsonObject {
  const json = toJson(z.toJSONSchema(schema));
  if (!isObject(json)) throw new TypeError('a zod object schema must give a JSON object schema');
  const { $schema: _ignored, ...rest } = json;
  return rest;
}

/**
 * The keywords Gemini's `responseJsonSchema` documents as supported. Anything
 * else is either rejected or silently ignored depending on the model version,
 * so unsupported constraints are folded into `description` (the model still
 * reads them) and zod re-checks them on the answer anyway.
 */
const GEMINI_KEYWORDS = new Set([
  '$id', '$defs', '$ref', '$anchor', 'type', 'format', 'title', 'description', 'enum', 'items', 'prefixItems',
  'minItems', 'maxItems', 'minimum', 'maximum', 'anyOf', 'oneOf', 'properties', 'additionalProperties', 'required',
  'propertyOrdering',
]);

function describeDropped(node: Record<string, Json>): string[] {
  const notes: string[] = [];
  const { minLength, maxLength, pattern } = node;
  if (typeof minLength === 'number' && typeof maxLength === 'number') notes.push(`${minLength}–${maxLength} characters`);
  else if (typeof maxLength === 'number') notes.push(`at most ${maxLength} characters`);
  else if (typeof minLength === 'number' && minLength > 0) notes.push(`at least ${minLength} characters`);
  if (typeof pattern === 'string') notes.push(`must match ${pattern}`);
  return notes;
}

function forGemini(node: Json): Json {
  if (Array.isArray(node)) return node.map(forGemini);
  if (!isObject(node)) return node;
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(node)) {
    if (!GEMINI_KEYWORDS.has(key)) continue;
    // Under `properties` the keys are field names, not keywords.
    out[key] = key === 'properties' && isObject(value)
      ? Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, forGemini(sub)]))
      : forGemini(value);
  }
  const notes = describeDropped(node);
  if (notes.length > 0) {
    const existing = typeof node.description === 'string' ? `${node.description} ` : '';
    out.description = `${existing}(${notes.join('; ')})`;
  }
  if (isObject(node.properties)) out.propertyOrdering = Object.keys(node.properties);
  return out;
}

/** `config.responseJsonSchema` for Gemini structured output, derived from a zod schema. */
export function geminiResponseSchema(schema: z.ZodType): JsonObject {
  const converted = forGemini(jsonSchemaOf(schema));
  if (!isObject(converted)) throw new TypeError('expected an object schema');
  return converted;
}
