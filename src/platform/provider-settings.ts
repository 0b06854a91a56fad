import { z } from 'zod';

/**
 * The provider part of the environment: which providers serve each step
 * family (ordered fallback chains), their keys, models and limits, the cache
 * and the price table. Parsed by config.ts, the only reader of process.env.
 */

export const PROVIDER_NAMES = ['local', 'gemini', 'claude', 'simulated'] as const;
export type ProviderName = (typeof PROVIDER_NAMES)[number];
export type ProviderRole = 'text' | 'image' | 'code';

/** What each provider family can do; a chain naming a provider for a role it lacks stops the boot. */
export const CAPABILITIES = {
  local: ['text', 'image', 'code'],
  gemini: ['text', 'image', 'code'],
  claude: ['text', 'code'],
  simulated: ['text', 'image', 'code'],
} as const satisfies Record<ProviderName, readonly ProviderRole[]>;

const ROLE_VARIABLE = { text: 'TEXT_PROVIDER', image: 'IMAGE_PROVIDER', code: 'CODE_PROVIDER' } as const satisfies Record<ProviderRole, string>;

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const num = (min: number, max: number) => z.coerce.number().min(min).max(max);

const chain = z
  .string()
  .transform((v) => v.split(',').map((s) => s.trim().toLowerCase()).filter((s) => s !== ''))
  .pipe(
    z
      .array(z.enum(PROVIDER_NAMES, { error: `each name must be one of ${PROVIDER_NAMES.join(', ')}` }))
      .min(1, 'name at least one provider')
      .refine((names) => new Set(names).size === names.length, 'names a provider twice'),
  );

/** "60/60" → at most 60 jobs per 60 seconds. */
const rateLimit = z
  .string()
  .regex(/^\d+\/\d+(\.\d+)?$/, 'must look like <jobs>/<seconds>, e.g. 60/60')
  .transform((v) => {
    const [max = '0', seconds = '1'] = v.split('/');
    return { max: Number(max), durationMs: Math.round(Number(seconds) * 1000) };
  })
  .refine((l) => l.max >= 1 && l.durationMs >= 1, 'needs at least 1 job per at least 1 ms');

/** USD prices: per million input and output tokens, and per image. */
const PriceSchema = z.object({ input_per_mtok: z.number().min(0), output_per_mtok: z.number().min(0), per_image: z.number().min(0) });
export type Price = z.infer<typeof PriceSchema>;

/** List prices when this was written; override or extend them with PRICE_TABLE_JSON. */
export const DEFAULT_PRICES: Record<string, Price> = {
  'gemini-2.5-flash': { input_per_mtok: 0.3, output_per_mtok: 2.5, per_image: 0 },
  'gemini-2.5-pro': { input_per_mtok: 1.25, output_per_mtok: 10, per_image: 0 },
  'gemini-2.5-flash-image': { input_per_mtok: 0.3, output_per_mtok: 0, per_image: 0.039 },
  'imagen-4.0-generate-001': { input_per_mtok: 0, output_per_mtok: 0, per_image: 0.04 },
  'claude-sonnet-5-5': { input_per_mtok: 3, output_per_mtok: 15, per_image: 0 },
  'claude-sonnet-4-5': { input_per_mtok: 3, output_per_mtok: 15, per_image: 0 },
  local: { input_per_mtok: 0, output_per_mtok: 0, per_image: 0 },
  simulated: { input_per_mtok: 0, output_per_mtok: 0, per_image: 0 },
};

export const ProviderEnvShape = {
  TEXT_PROVIDER: chain.default(['local']),
  IMAGE_PROVIDER: chain.default(['local']),
  CODE_PROVIDER: chain.default(['local']),
  GEMINI_API_KEY: z.string().min(1).optional(),
  GEMINI_BASE_URL: z.url().optional(),
  GEMINI_TEXT_MODEL: z.string().min(1).default('gemini-2.5-flash'),
  GEMINI_TEXT_TEMPERATURE: num(0, 2).default(0.9),
  GEMINI_TEXT_MAX_TOKENS: int(64, 65_536).default(2048),
  GEMINI_TEXT_TOP_P: num(0, 1).default(0.95),
  GEMINI_TEXT_TOP_K: int(1, 1000).default(40),
  GEMINI_IMAGE_MODEL: z.string().min(1).default('gemini-2.5-flash-image'),
  GEMINI_IMAGE_ASPECT_RATIO: z.enum(['1:1', '2:3', '3:2', '3:4', '4:3', '4:5', '5:4', '9:16', '16:9', '21:9']).default('1:1'),
  GEMINI_IMAGE_SIZE: z.enum(['1K', '2K', '4K']).optional(),
  GEMINI_CODE_MODEL: z.string().min(1).default('gemini-2.5-pro'),
  GEMINI_CODE_MAX_TOKENS: int(1024, 65_536).default(16_384),
  GOOGLE_CLOUD_PROJECT: z.string().min(1).optional(),
  GOOGLE_CLOUD_LOCATION: z.string().min(1).default('us-central1'),
  ANTHROPIC_API_KEY: z.string().min(1).optional(),
  ANTHROPIC_BASE_URL: z.url().optional(),
  CLAUDE_MODEL: z.string().min(1).default('claude-sonnet-5-5'),
  CLAUDE_MAX_TOKENS: int(1024, 128_000).default(16_000),
  SIMULATED_LATENCY_MS: z
    .string()
    .regex(/^(\s*(concept|content|image|code)\s*=\s*\d+\s*)(,\s*(concept|content|image|code)\s*=\s*\d+\s*)*$/, 'must look like concept=2000,content=2000,image=8000,code=20000')
    .transform((v) => Object.fromEntries(v.split(',').map((pair) => pair.split('=').map((s) => s.trim())).map(([k = '', n = '0']) => [k, Number(n)])))
    .default({}),
  SIMULATED_ERROR_RATE: num(0, 1).default(0),
  SIMULATED_FATAL_RATE: num(0, 1).default(0),
  CACHE_TTL_SECONDS: int(0, 30 * 86_400).default(86_400),
  PROVIDER_HEALTH_TTL_SECONDS: int(1, 3600).default(60),
  STEP_RATE_LIMIT_CONCEPT: rateLimit.optional(),
  STEP_RATE_LIMIT_CONTENT: rateLimit.optional(),
  STEP_RATE_LIMIT_IMAGE: rateLimit.optional(),
  STEP_RATE_LIMIT_CODE: rateLimit.optional(),
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
  readonly gemini: {
    readonly apiKey: string | undefined;
    readonly baseUrl: string | undefined;
    readonly text: { readonly model: string; readonly temperature: number; readonly maxOutputTokens: number; readonly topP: number; readonly topK: number };
    readonly image: { readonly model: string; readonly aspectRatio: ProviderEnv['GEMINI_IMAGE_ASPECT_RATIO']; readonly imageSize: string | undefined };
    readonly code: { readonly model: string; readonly maxOutputTokens: number };
    /** Imagen on Vertex AI instead of a Gemini image model, when a project is set. */
    readonly vertex: { readonly project: string; readonly location: string } | undefined;
  };
  readonly claude: { readonly apiKey: string | undefined; readonly baseUrl: string | undefined; readonly model: string; readonly maxTokens: number };
  readonly simulated: {
    readonly latencyMs: { readonly concept: number; readonly content: number; readonly image: number; readonly code: number };
    readonly errorRate: number;
    readonly fatalRate: number;
  };
  readonly cacheTtlSeconds: number;
  readonly healthTtlMs: number;
  readonly rateLimits: { readonly concept?: RateLimit; readonly content?: RateLimit; readonly image?: RateLimit; readonly code?: RateLimit };
  readonly prices: Readonly<Record<string, Price>>;
}
export interface RateLimit {
  readonly max: number;
  readonly durationMs: number;
}

/** Cross-variable checks zod cannot express field by field; each message names its variable. */
export function providerProblems(e: ProviderEnv): string[] {
  const problems: string[] = [];
  for (const role of ['text', 'image', 'code'] as const) {
    const variable = ROLE_VARIABLE[role];
    for (const name of e[variable]) {
      const can: readonly ProviderRole[] = CAPABILITIES[name];
      if (!can.includes(role)) {
        const able = PROVIDER_NAMES.filter((n) => (CAPABILITIES[n] as readonly ProviderRole[]).includes(role));
        problems.push(`${variable}: ${name} cannot serve the ${role} step (choose from ${able.join(', ')})`);
      } else if (name === 'gemini' && e.GEMINI_API_KEY === undefined && !(role === 'image' && e.GOOGLE_CLOUD_PROJECT !== undefined)) {
        problems.push(`${variable}: gemini is selected but GEMINI_API_KEY is not set`);
      } else if (name === 'claude' && e.ANTHROPIC_API_KEY === undefined) {
        problems.push(`${variable}: claude is selected but ANTHROPIC_API_KEY is not set`);
      }
    }
  }
  return problems;
}

export function providerSettings(e: ProviderEnv): ProviderSettings {
  const limits = {
    ...(e.STEP_RATE_LIMIT_CONCEPT === undefined ? {} : { concept: e.STEP_RATE_LIMIT_CONCEPT }),
    ...(e.STEP_RATE_LIMIT_CONTENT === undefined ? {} : { content: e.STEP_RATE_LIMIT_CONTENT }),
    ...(e.STEP_RATE_LIMIT_IMAGE === undefined ? {} : { image: e.STEP_RATE_LIMIT_IMAGE }),
    ...(e.STEP_RATE_LIMIT_CODE === undefined ? {} : { code: e.STEP_RATE_LIMIT_CODE }),
  };
  return {
    chains: { text: e.TEXT_PROVIDER, image: e.IMAGE_PROVIDER, code: e.CODE_PROVIDER },
    gemini: {
      apiKey: e.GEMINI_API_KEY,
      baseUrl: e.GEMINI_BASE_URL,
      text: {
        model: e.GEMINI_TEXT_MODEL,
        temperature: e.GEMINI_TEXT_TEMPERATURE,
        maxOutputTokens: e.GEMINI_TEXT_MAX_TOKENS,
        topP: e.GEMINI_TEXT_TOP_P,
        topK: e.GEMINI_TEXT_TOP_K,
      },
      image: { model: e.GEMINI_IMAGE_MODEL, aspectRatio: e.GEMINI_IMAGE_ASPECT_RATIO, imageSize: e.GEMINI_IMAGE_SIZE },
      code: { model: e.GEMINI_CODE_MODEL, maxOutputTokens: e.GEMINI_CODE_MAX_TOKENS },
      vertex: e.GOOGLE_CLOUD_PROJECT === undefined ? undefined : { project: e.GOOGLE_CLOUD_PROJECT, location: e.GOOGLE_CLOUD_LOCATION },
    },
    claude: { apiKey: e.ANTHROPIC_API_KEY, baseUrl: e.ANTHROPIC_BASE_URL, model: e.CLAUDE_MODEL, maxTokens: e.CLAUDE_MAX_TOKENS },
    simulated: {
      latencyMs: {
        concept: e.SIMULATED_LATENCY_MS.concept ?? 0,
        content: e.SIMULATED_LATENCY_MS.content ?? 0,
        image: e.SIMULATED_LATENCY_MS.image ?? 0,
        code: e.SIMULATED_LATENCY_MS.code ?? 0,
      },
      errorRate: e.SIMULATED_ERROR_RATE,
      fatalRate: e.SIMULATED_FATAL_RATE,
    },
    cacheTtlSeconds: e.CACHE_TTL_SECONDS,
    healthTtlMs: e.PROVIDER_HEALTH_TTL_SECONDS * 1000,
    rateLimits: limits,
    prices: { ...DEFAULT_PRICES, ...(e.PRICE_TABLE_JSON ?? {}) },
  };
}
