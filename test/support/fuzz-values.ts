import fc from 'fast-check';
import { z } from 'zod';

/**
 * Values for the input fuzz (test/integration/input-fuzz.int.test.ts): the
 * valid-ish ones derived from the API's own zod schemas, through their JSON
 * Schema (types, lengths, patterns, enums, required fields), so that a field
 * added to a schema is fuzzed without touching this file; and the hostile
 * ones an attacker's probe sends in their place.
 */

/** The part of JSON Schema that z.toJSONSchema emits for our request schemas. */
interface JsonSchema {
  readonly type?: string | undefined;
  readonly enum?: readonly unknown[] | undefined;
  readonly pattern?: string | undefined;
  readonly format?: string | undefined;
  readonly minLength?: number | undefined;
  readonly maxLength?: number | undefined;
  readonly minimum?: number | undefined;
  readonly maximum?: number | undefined;
  readonly items?: JsonSchema | undefined;
  readonly minItems?: number | undefined;
  readonly properties?: Readonly<Record<string, JsonSchema>> | undefined;
  readonly required?: readonly string[] | undefined;
  readonly anyOf?: readonly JsonSchema[] | undefined;
}

/** Parsed rather than cast: keywords not listed here are dropped, and a `type` not listed fails. */
const JsonSchemaSchema: z.ZodType<JsonSchema> = z.lazy(() =>
  z.object({
    type: z.enum(['string', 'integer', 'number', 'boolean', 'null', 'array', 'object']).optional(),
    enum: z.array(z.unknown()).optional(),
    pattern: z.string().optional(),
    format: z.string().optional(),
    minLength: z.number().optional(),
    maxLength: z.number().optional(),
    minimum: z.number().optional(),
    maximum: z.number().optional(),
    items: JsonSchemaSchema.optional(),
    minItems: z.number().optional(),
    properties: z.record(z.string(), JsonSchemaSchema).optional(),
    required: z.array(z.string()).optional(),
    anyOf: z.array(JsonSchemaSchema).optional(),
  }),
);

const jsonSchemaOf = (schema: z.ZodType) => JsonSchemaSchema.parse(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));

/** Strings that mean something the JSON Schema cannot say (a transform's input), by field name. */
type FieldHints = Readonly<Record<string, fc.Arbitrary<string>>>;

/** A string that just fits `max`, and one that just does not: where off-by-one bugs live. */
const boundary = (max: number) => fc.constantFrom('x'.repeat(max), 'x'.repeat(max + 1));

function fromJsonSchema(schema: JsonSchema, hints: FieldHints, name: string): fc.Arbitrary<unknown> {
  const hint = hints[name];
  const own = ((): fc.Arbitrary<unknown> => {
    if (schema.anyOf !== undefined) return fc.oneof(...schema.anyOf.map((s) => fromJsonSchema(s, {}, name)));
    if (schema.enum !== undefined) return fc.constantFrom(...schema.enum);
    switch (schema.type) {
      case 'string': {
        if (schema.format === 'uuid') return fc.uuid();
        if (schema.pattern !== undefined) return fc.stringMatching(new RegExp(schema.pattern));
        const text = fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 40, 40) });
        return schema.maxLength === undefined ? text : fc.oneof({ arbitrary: text, weight: 4 }, boundary(schema.maxLength));
      }
      case 'integer':
      case 'number': {
        const min = schema.minimum ?? -1e6;
        const max = schema.maximum ?? 1e6;
        return fc.oneof({ arbitrary: fc.integer({ min, max }), weight: 4 }, fc.constantFrom(min - 1, max + 1));
      }
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array':
        return fc.array(schema.items === undefined ? fc.jsonValue({ maxDepth: 1 }) : fromJsonSchema(schema.items, {}, name), { minLength: schema.minItems ?? 0, maxLength: 4 });
      case 'object': {
        if (schema.properties === undefined) return fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 });
        const model = Object.fromEntries(Object.entries(schema.properties).map(([key, s]) => [key, fromJsonSchema(s, hints, key)]));
        return fc.record(model, { requiredKeys: [...(schema.required ?? [])] });
      }
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  })();
  return hint === undefined ? own : fc.oneof(own, hint);
}

/** Valid-ish values of `schema`'s input: right types and names, values at and past their limits. */
export function arbitraryOf(schema: z.ZodType, hints: FieldHints = {}): fc.Arbitrary<unknown> {
  return fromJsonSchema(jsonSchemaOf(schema), hints, '');
}

/** The property names `schema` declares, to aim mutations at real fields. */
export function fieldsOf(schema: z.ZodType): readonly string[] {
  return Object.keys(jsonSchemaOf(schema).properties ?? {});
}

/** An array nested `depth` levels, built without recursion. */
function deepArray(depth: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < depth; i += 1) value = [value];
  return value;
}

/** Any UTF-16 code unit, lone surrogates and NUL included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Text PostgreSQL cannot store, hidden inside otherwise ordinary text. */
export const poisonedText = fc
  .tuple(fc.string({ maxLength: 10 }), fc.constantFrom('\u0000', '\ud800', '\udfff', '\ud83d', '\u0000\ud800'), fc.string({ maxLength: 10 }))
  .map(([a, poison, b]) => `${a}${poison}${b}`);

/** What an attacker puts where a field's value should be. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 })),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  fc.integer({ min: 100, max: 40_000 }).map((n) => 'x'.repeat(n)),
  poisonedText,
  fc.string({ unit: codeUnit, maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.integer({ min: 9, max: 15_000 }).map(deepArray),
  fc.constantFrom('1e400', '-0', 'NaN', 'null', 'true', '', ' ', '__proto__', 'constructor', '../../etc/passwd', '<script>', "'; DROP TABLE postcards; --"),
);

/** Percent-encodes every UTF-8 byte of `text`: a lone surrogate goes as U+FFFD, like a browser sends it. */
export function percentEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`).join('');
}

/** A path segment or query value as a hostile client writes it into a URL. */
export const hostileUrlText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('%E0%A4%A', '%', '%ZZ', '%00', '%2F', '%C0%AF', '%ED%A0%80', '%FF%FE', '..', '.', '%2e%2e', '%252F', 'a%20b', '%u0041'),
  fc.uint8Array({ minLength: 1, maxLength: 12 }).map((bytes) => [...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')),
  fc.string({ unit: codeUnit, maxLength: 20 }).map(percentEncode),
  fc.integer({ min: 200, max: 6000 }).map((n) => 'a'.repeat(n)),
  fc.stringMatching(/^[A-Za-z0-9._~-]{1,40}$/),
);
