import { z } from 'zod';
import { StepName } from '../generated/prisma/enums.js';
import { IMAGE_QUALITIES, parseImageSize, type ImageQuality, type RequestedImageSize } from './models/image-sizing.js';
import { defaultModelId, findModel, retiredModelProblem } from './models/registry.js';
import { resolveChains, type ChainChoice } from './provider-chains.js';

/**
 * The provider part of the environment: which providers serve each step
 * family (ordered fallback chains, or `auto` from the keys present), their
 * keys, models and limits, the cache and price overrides. Parsed by config.ts,
 * the only reader of process.env. Generation parameters per step live in
 * generation-settings.ts.
 */

export const PROVIDER_NAMES = ['local', 'gemini', 'claude', 'simulated'] as const;
export type ProviderName = (typeof PROVIDER_NAMES)[number];
export type ProviderRole = 'text' | 'image' | 'code';

/** Our own providers: free, offline, and never out of service (they need no model, key or price). */
export const OFFLINE_PROVIDERS: ReadonlySet<string> = new Set<ProviderName>(['local', 'simulated']);

/** What each provider family can do; a chain naming a provider for a role it lacks stops the boot. */
export const CAPABILITIES = {
  local: ['text', 'image', 'code'],
  gemini: ['text', 'image', 'code'],
  claude: ['text', 'code'],
  simulated: ['text', 'image', 'code'],
} as const satisfies Record<ProviderName, readonly ProviderRole[]>;

export const ROLE_VARIABLE = { text: 'TEXT_PROVIDER', image: 'IMAGE_PROVIDER', code: 'CODE_PROVIDER' } as const satisfies Record<ProviderRole, string>;

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const num = (min: number, max: number) => z.coerce.number().min(min).max(max);

/** `auto`, or an ordered list of provider names. */
const chain = z
  .string()
  .transform((v) => v.split(',').map((s) => s.trim().toLowerCase()).filter((s) => s !== ''))
  .pipe(
    z.union([
      z.tuple([z.literal('auto')]).transform((): ChainChoice => 'auto'),
      z
        .array(z.enum(PROVIDER_NAMES, { error: `each name must be one of ${PROVIDER_NAMES.join(', ')}, or the single word auto` }))
        .min(1, 'name at least one provider')
        .refine((names) => new Set(names).size === names.length, 'names a provider twice'),
    ]),
  );

/**
 * The pipeline's steps, as the database's StepName enum lists them: the
 * catalog (src/pipeline/catalog.ts) orders them and fails the type check if it
 * names others. Config sits below the pipeline, so its per-step settings are
 * keyed from here rather than from the catalog itself.
 */
const STEPS = Object.values(StepName);
// String.prototype.toUpperCase is typed as returning string, not Uppercase<S>.
const upper = <S extends string>(s: S) => s.toUpperCase() as Uppercase<S>;

/** "60/60" → at most 60 jobs per 60 seconds. */
const rateLimit = z
  .string()
  .regex(/^\d+\/\d+(\.\d+)?$/, 'must look like <jobs>/<seconds>, e.g. 60/60')
  .transform((v) => {
    const [max = '0', seconds = '1'] = v.split('/');
    return { max: Number(max), durationMs: Math.round(Number(seconds) * 1000) };
  })
  .refine((l) => l.max >= 1 && l.durationMs >= 1, 'needs at least 1 job per at least 1 ms');

/** STEP_RATE_LIMIT_<STEP>: one variable per step, spelled out for README.md and .env.example and checked against the steps. */
const RateLimitShape = {
  STEP_RATE_LIMIT_CONCEPT: rateLimit.optional(),
  STEP_RATE_LIMIT_CONTENT: rateLimit.optional(),
  STEP_RATE_LIMIT_IMAGE: rateLimit.optional(),
  STEP_RATE_LIMIT_CODE: rateLimit.optional(),
} satisfies { [S in StepName as `STEP_RATE_LIMIT_${Uppercase<S>}`]: unknown };

/** USD prices: per million input and output tokens, and per image (PRICE_TABLE_JSON's shape). */
const PriceSchema = z.object({ input_per_mtok: z.number().min(0), output_per_mtok: z.number().min(0), per_image: z.number().min(0) });
export type Price = z.infer<typeof PriceSchema>;

const imageSize = z.string().transform((v, ctx) => {
  const parsed = parseImageSize(v);
  if (parsed === undefined) {
    ctx.addIssue({ code: 'custom', message: 'must be 1K, 2K, 4K or a pixel size such as 1024x1024' });
    return z.NEVER;
  }
  return parsed;
});

export const ProviderEnvShape = {
  TEXT_PROVIDER: chain.default('auto'),
  IMAGE_PROVIDER: chain.default('auto'),
  CODE_PROVIDER: chain.default('auto'),
  GEMINI_API_KEY: z.string().min(1).optional(),
  GEMINI_BASE_URL: z.url().optional(),
  GEMINI_TEXT_MODEL: z.string().min(1).optional(),
  GEMINI_TEXT_TEMPERATURE: num(0, 2).optional(),
  GEMINI_TEXT_MAX_TOKENS: int(64, 65_536).optional(),
  GEMINI_TEXT_TOP_P: num(0, 1).optional(),
  GEMINI_TEXT_TOP_K: int(1, 1000).optional(),
  GEMINI_IMAGE_MODEL: z.string().min(1).optional(),
  GEMINI_IMAGE_ASPECT_RATIO: z.enum(['1:1', '2:3', '3:2', '3:4', '4:3', '4:5', '5:4', '9:16', '16:9', '21:9']).optional(),
  GEMINI_IMAGE_SIZE: imageSize.optional(),
  GEMINI_IMAGE_QUALITY: z.enum(IMAGE_QUALITIES).optional(),
  GEMINI_CODE_MODEL: z.string().min(1).optional(),
  GEMINI_CODE_MAX_TOKENS: int(1024, 65_536).optional(),
  GOOGLE_CLOUD_PROJECT: z.string().min(1).optional(),
  GOOGLE_CLOUD_LOCATION: z.string().min(1).default('global'),
  ANTHROPIC_API_KEY: z.string().min(1).optional(),
  ANTHROPIC_BASE_URL: z.url().optional(),
  CLAUDE_MODEL: z.string().min(1).optional(),
  CLAUDE_MAX_TOKENS: int(1024, 128_000).optional(),
  SIMULATED_LATENCY_MS: z
    .string()
    .regex(/^(\s*\w+\s*=\s*\d+\s*)(,\s*\w+\s*=\s*\d+\s*)*$/, `must look like ${STEPS.map((step) => `${step}=2000`).join(',')}`)
    .transform((v) => Object.fromEntries(v.split(',').map((pair) => pair.split('=').map((s) => s.trim())).map(([k = '', n = '0']) => [k, Number(n)])))
    .pipe(z.partialRecord(z.enum(StepName), z.number(), { error: `each name must be a step: ${STEPS.join(', ')}` }))
    .default({}),
  SIMULATED_ERROR_RATE: num(0, 1).default(0),
  SIMULATED_FATAL_RATE: num(0, 1).default(0),
  CACHE_TTL_SECONDS: int(0, 30 * 86_400).default(86_400),
  CACHE_MEMORY_MAX_ENTRIES: int(0, 10_000_000).default(1000),
  CACHE_MEMORY_MAX_BYTES: int(1024, 1024 ** 3).default(1_048_576),
  PROVIDER_HEALTH_TTL_SECONDS: int(1, 3600).default(60),
  ...RateLimitShape,
  PRICE_TABLE_JSON: z
    .string()
    .transform((v, ctx) => {
      try {
        return JSON.parse(v) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be JSON: {"<model>": {"input_per_mtok", "output_per_mtok", "per_image"}}' });
        return z.NEVER;
      }
    })
    .pipe(z.record(z.string(), PriceSchema))
    .optional(),
};

type ProviderEnv = z.output<z.ZodObject<typeof ProviderEnvShape>>;

export interface ProviderSettings {
  readonly chains: { readonly [R in ProviderRole]: readonly ProviderName[] };
  /** Per role, why the chain is what it is (for the startup log). */
  readonly chainReasons: { readonly [R in ProviderRole]: string };
  readonly gemini: {
    readonly apiKey: string | undefined;
    readonly baseUrl: string | undefined;
    readonly text: {
      readonly model: string;
      /** Set only when the operator set them: sent where the model accepts them. */
      readonly temperature: number | undefined;
      readonly maxOutputTokens: number | undefined;
      readonly topP: number | undefined;
      readonly topK: number | undefined;
    };
    readonly image: {
      readonly model: string;
      readonly aspectRatio: string | undefined;
      readonly size: RequestedImageSize | undefined;
      readonly quality: ImageQuality | undefined;
    };
    readonly code: { readonly model: string; readonly maxOutputTokens: number | undefined };
    /** Vertex AI instead of the Gemini API, when a project is set (Google application default credentials). */
    readonly vertex: { readonly project: string; readonly location: string } | undefined;
  };
  readonly claude: { readonly apiKey: string | undefined; readonly baseUrl: string | undefined; readonly model: string; readonly maxTokens: number | undefined };
  readonly simulated: {
    /** Per step; a step not named answers at once. */
    readonly latencyMs: { readonly [S in StepName]?: number };
    readonly errorRate: number;
    readonly fatalRate: number;
  };
  readonly cacheTtlSeconds: number;
  /** The per-process memory layer in front of the Redis cache; `maxEntries` 0 turns it off. */
  readonly cacheMemory: { readonly maxEntries: number; readonly maxBytes: number };
  readonly healthTtlMs: number;
  /** Per step, the BullMQ limiter across all workers; a step not named is not limited. */
  readonly rateLimits: { readonly [S in StepName]?: RateLimit };
  /** PRICE_TABLE_JSON: overrides and additions to the model registry's list prices. */
  readonly priceOverrides: Readonly<Record<string, Price>>;
}
export interface RateLimit {
  readonly max: number;
  readonly durationMs: number;
}

function models(e: ProviderEnv) {
  return {
    text: e.GEMINI_TEXT_MODEL ?? defaultModelId('gemini', 'text'),
    image: e.GEMINI_IMAGE_MODEL ?? defaultModelId('gemini', 'image'),
    code: e.GEMINI_CODE_MODEL ?? defaultModelId('gemini', 'code'),
    claude: e.CLAUDE_MODEL ?? defaultModelId('claude', 'code'),
  };
}

/** Cross-variable checks zod cannot express field by field; each message names its variable. */
export function providerProblems(e: ProviderEnv, today: Date): string[] {
  const problems: string[] = [];
  const keys = { gemini: e.GEMINI_API_KEY !== undefined, claude: e.ANTHROPIC_API_KEY !== undefined, vertex: e.GOOGLE_CLOUD_PROJECT !== undefined };
  for (const role of ['text', 'image', 'code'] as const) {
    const variable = ROLE_VARIABLE[role];
    const choice = e[variable];
    if (choice === 'auto') continue;
    for (const name of choice) {
      const can: readonly ProviderRole[] = CAPABILITIES[name];
      if (!can.includes(role)) {
        const able = PROVIDER_NAMES.filter((n) => (CAPABILITIES[n] as readonly ProviderRole[]).includes(role));
        problems.push(`${variable}: ${name} cannot serve the ${role} step (choose from ${able.join(', ')})`);
      } else if (name === 'gemini' && !keys.gemini && !(keys.vertex && role === 'image')) {
        problems.push(`${variable}: gemini is selected but GEMINI_API_KEY is not set${role === 'image' ? ' (nor GOOGLE_CLOUD_PROJECT for Vertex AI)' : ''}`);
      } else if (name === 'claude' && !keys.claude) {
        problems.push(`${variable}: claude is selected but ANTHROPIC_API_KEY is not set`);
      }
    }
  }
  // A model the registry knows is shut down fails here, naming its replacement, rather than 404ing on the first postcard.
  const named: Array<[string, string | undefined, readonly ProviderRole[]]> = [
    ['GEMINI_TEXT_MODEL', e.GEMINI_TEXT_MODEL, ['text']],
    ['GEMINI_IMAGE_MODEL', e.GEMINI_IMAGE_MODEL, ['image']],
    ['GEMINI_CODE_MODEL', e.GEMINI_CODE_MODEL, ['code']],
    ['CLAUDE_MODEL', e.CLAUDE_MODEL, ['text', 'code']],
  ];
  for (const [variable, id, roles] of named) {
    if (id === undefined) continue;
    const problem = retiredModelProblem(id, today) ?? roleProblem(id, roles);
    if (problem !== undefined) problems.push(`${variable}: ${problem}`);
  }
  return problems;
}

/** A model the registry knows cannot serve the role it is configured for (a text model as the image model, say). */
function roleProblem(id: string, roles: readonly ProviderRole[]): string | undefined {
  const entry = findModel(id);
  const missing = roles.filter((r) => entry !== undefined && !entry.roles.includes(r));
  if (entry === undefined || missing.length === 0) return undefined;
  return `${entry.id} cannot serve the ${missing.join(' and ')} step (it serves ${entry.roles.join(', ')})`;
}

/**
 * BullMQ keeps a step's limiter in its queue, so with QUEUE_SHARDS each
 * shard's queue gets `max / shards` (pipeline-workers.ts): a limit smaller
 * than the shard count cannot be split without exceeding it.
 */
export function rateLimitShardProblems(e: ProviderEnv, shards: number): string[] {
  return STEPS.flatMap((step) => {
    const name = `STEP_RATE_LIMIT_${upper(step)}` as const;
    const limit = e[name];
    return limit !== undefined && limit.max < shards
      ? [`${name}: ${limit.max} jobs cannot be split over QUEUE_SHARDS=${shards} queues (each shard's queue keeps its own limiter); allow at least ${shards}, or use fewer shards`]
      : [];
  });
}

export function providerSettings(e: ProviderEnv): ProviderSettings {
  const limits: ProviderSettings['rateLimits'] = Object.fromEntries(
    STEPS.flatMap((step) => {
      const limit = e[`STEP_RATE_LIMIT_${upper(step)}`];
      return limit === undefined ? [] : [[step, limit]];
    }),
  );
  const chosen = models(e);
  const resolved = resolveChains(
    { text: e.TEXT_PROVIDER, image: e.IMAGE_PROVIDER, code: e.CODE_PROVIDER },
    { gemini: e.GEMINI_API_KEY !== undefined, claude: e.ANTHROPIC_API_KEY !== undefined, vertex: e.GOOGLE_CLOUD_PROJECT !== undefined },
  );
  return {
    chains: resolved.chains,
    chainReasons: resolved.reasons,
    gemini: {
      apiKey: e.GEMINI_API_KEY,
      baseUrl: e.GEMINI_BASE_URL,
      text: {
        model: chosen.text,
        temperature: e.GEMINI_TEXT_TEMPERATURE,
        maxOutputTokens: e.GEMINI_TEXT_MAX_TOKENS,
        topP: e.GEMINI_TEXT_TOP_P,
        topK: e.GEMINI_TEXT_TOP_K,
      },
      image: { model: chosen.image, aspectRatio: e.GEMINI_IMAGE_ASPECT_RATIO, size: e.GEMINI_IMAGE_SIZE, quality: e.GEMINI_IMAGE_QUALITY },
      code: { model: chosen.code, maxOutputTokens: e.GEMINI_CODE_MAX_TOKENS },
      vertex: e.GOOGLE_CLOUD_PROJECT === undefined ? undefined : { project: e.GOOGLE_CLOUD_PROJECT, location: e.GOOGLE_CLOUD_LOCATION },
    },
    claude: { apiKey: e.ANTHROPIC_API_KEY, baseUrl: e.ANTHROPIC_BASE_URL, model: chosen.claude, maxTokens: e.CLAUDE_MAX_TOKENS },
    simulated: {
      latencyMs: e.SIMULATED_LATENCY_MS,
      errorRate: e.SIMULATED_ERROR_RATE,
      fatalRate: e.SIMULATED_FATAL_RATE,
    },
    cacheTtlSeconds: e.CACHE_TTL_SECONDS,
    cacheMemory: { maxEntries: e.CACHE_MEMORY_MAX_ENTRIES, maxBytes: e.CACHE_MEMORY_MAX_BYTES },
    healthTtlMs: e.PROVIDER_HEALTH_TTL_SECONDS * 1000,
    rateLimits: limits,
    priceOverrides: e.PRICE_TABLE_JSON ?? {},
  };
}
