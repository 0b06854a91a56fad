import type { Config, ProviderName, ProviderRole } from '../platform/config.js';
import { resolveImageSizing } from '../platform/models/image-sizing.js';
import { findModel } from '../platform/models/registry.js';
import type { Metrics } from '../platform/metrics.js';
import { createCircuitBreaker, type CircuitBreaker } from './circuit-breaker.js';
import type { CodeProvider, ImageProvider, Providers, TextProvider } from './contracts.js';
import { instrumentCode, instrumentImage, instrumentText } from './instrumented.js';
import { lazyCode, lazyImage, lazyText } from './lazy-provider.js';
import { inProcessCpu, type CpuPool } from './cpu/cpu-pool.js';
import { createLocalProviders } from './local/index.js';
import { codeChain, imageChain, textChain } from './provider-chain.js';
import { createSimulatedProviders } from './simulated/index.js';

type Settings = Config['providers'];
type Generation = Config['generation'];
/** Per role, the provider's own timeout for one call (the composition root derives it from the pipeline catalog). */
export type ProviderTimeouts = { readonly [R in ProviderRole]: number };

interface Family {
  text?(): TextProvider;
  image?(): ImageProvider;
  code?(): CodeProvider;
  /** Model per role, for cache keys, cost accounting and routing. */
  model(role: ProviderRole): string;
  /** A cheap lookup of one model (`models.get`): proves the key works and the model exists. Offline families have none. */
  check?(model: string, signal: AbortSignal): Promise<void>;
}

const HEALTH_TIMEOUT_MS = 5000;

// The network families load with their SDKs on first use (lazy-provider.ts).
const gemini = () => import('./gemini/index.js');
const claude = () => import('./claude/index.js');

/** Every provider name the config accepts has a family here, or this does not compile. */
const FAMILIES = {
  local: (_s: Settings, _g: Generation, _t: ProviderTimeouts, cpu: CpuPool) => {
    const local = createLocalProviders(cpu);
    return { text: () => local.text, image: () => local.image, code: () => local.code, model: () => 'local' };
  },
  gemini: (s: Settings, g: Generation, t: ProviderTimeouts): Family => {
    const key = s.gemini.apiKey ?? '';
    const base = { apiKey: key, ...(s.gemini.baseUrl === undefined ? {} : { baseUrl: s.gemini.baseUrl }) };
    const vertex = s.gemini.vertex;
    const connection = { ...base, ...(vertex === undefined ? {} : { vertex }) };
    const { sizing } = imageSizing(s);
    return {
      text: () =>
        lazyText('gemini', async () =>
          (await gemini()).createGeminiTextProvider({ ...base, ...s.gemini.text, thinking: g.steps.concept.thinking, timeoutMs: t.text }),
        ),
      image: () =>
        lazyImage('gemini', async () =>
          (await gemini()).createGeminiImageProvider({
            ...connection,
            model: s.gemini.image.model,
            aspectRatio: sizing.aspectRatio,
            imageSize: sizing.imageSize,
            timeoutMs: t.image,
          }),
        ),
      code: () =>
        lazyCode('gemini', async () =>
          (await gemini()).createGeminiCodeProvider({ ...base, ...s.gemini.code, thinking: g.steps.code.thinking, timeoutMs: t.code }),
        ),
      model: (role) => (role === 'text' ? s.gemini.text.model : role === 'image' ? s.gemini.image.model : s.gemini.code.model),
      // Vertex AI serves the image model only; text and code go to the Gemini API with the key.
      check: async (model, signal) => (await gemini()).checkGeminiHealth({ ...(model === s.gemini.image.model ? connection : base), model, timeoutMs: HEALTH_TIMEOUT_MS, signal }),
    };
  },
  simulated: (s: Settings, _g: Generation, _t: ProviderTimeouts, cpu: CpuPool): Family => {
    const simulated = createSimulatedProviders(s.simulated, cpu);
    return { text: () => simulated.text, image: () => simulated.image, code: () => simulated.code, model: () => 'simulated' };
  },
  claude: (s: Settings, g: Generation, t: ProviderTimeouts): Family => {
    const options = {
      apiKey: s.claude.apiKey ?? '',
      model: s.claude.model,
      maxTokens: s.claude.maxTokens,
      ...(s.claude.baseUrl === undefined ? {} : { baseUrl: s.claude.baseUrl }),
    };
    return {
      text: () => lazyText('claude', async () => (await claude()).createClaudeTextProvider({ ...options, thinking: g.steps.concept.thinking, timeoutMs: t.text })),
      code: () => lazyCode('claude', async () => (await claude()).createClaudeCodeProvider({ ...options, thinking: g.steps.code.thinking, timeoutMs: t.code })),
      model: () => s.claude.model,
      check: async (model, signal) => (await claude()).checkClaudeHealth({ ...options, model, timeoutMs: HEALTH_TIMEOUT_MS, signal }),
    };
  },
} satisfies Record<ProviderName, (settings: Settings, generation: Generation, timeouts: ProviderTimeouts, cpu: CpuPool) => Family>;

/** One member of a step's chain, as routing sees it. */
export interface ChainMember {
  readonly name: ProviderName;
  readonly model: string;
  /** The circuit breaker's key: `provider:model`. */
  readonly key: string;
}

/** One distinct remote model in use, with its lookup. */
export interface ModelCheck {
  readonly provider: ProviderName;
  readonly model: string;
  readonly roles: readonly ProviderRole[];
  readonly key: string;
  check(signal: AbortSignal): Promise<void>;
}

export interface ProviderSetup {
  readonly providers: Providers;
  /** Per role, the configured chain in order. */
  readonly members: { readonly [R in ProviderRole]: readonly ChainMember[] };
  /** Per role, the chain's members and models, e.g. "gemini:gemini-3.8-flash>local:local". Part of every cache key. */
  readonly identity: { readonly [R in ProviderRole]: string };
  /** Model of a named provider for a role, for pricing. */
  modelOf(provider: string, role: ProviderRole): string;
  /** One lookup per distinct remote (provider, model) in the chains. */
  readonly modelChecks: readonly ModelCheck[];
  readonly breaker: CircuitBreaker;
  /** Settings the configured models cannot honour (dropped), for one warning each at boot. */
  readonly warnings: readonly string[];
}

function member<T>(make: (() => T) | undefined, name: ProviderName, role: ProviderRole): T {
  // config.ts refuses a chain naming a provider for a role it cannot serve, so this is a programming error.
  if (make === undefined) throw new Error(`provider ${name} cannot serve ${role}`);
  return make();
}

export interface ProviderSetupOptions {
  readonly timeouts: ProviderTimeouts;
  readonly metrics?: Metrics;
  /** Shared with the router; built from the generation settings when absent. */
  readonly breaker?: CircuitBreaker;
  /** Where the offline families do their work; in-process when absent. */
  readonly cpu?: CpuPool;
}

/** Builds each step family's provider chain from config (TEXT_PROVIDER, IMAGE_PROVIDER, CODE_PROVIDER). */
export function createProviderSetup(config: Pick<Config, 'providers' | 'generation'>, options: ProviderSetupOptions): ProviderSetup {
  const settings = config.providers;
  const families = new Map<ProviderName, Family>();
  const family = (name: ProviderName) => {
    let found = families.get(name);
    if (found === undefined) {
      found = FAMILIES[name](settings, config.generation, options.timeouts, options.cpu ?? inProcessCpu);
      families.set(name, found);
    }
    return found;
  };
  const breaker = options.breaker ?? createCircuitBreaker(config.generation.breaker);
  const { chains } = settings;
  const members = (role: ProviderRole): ChainMember[] =>
    chains[role].map((name) => {
      const model = family(name).model(role);
      return { name, model, key: `${name}:${model}` };
    });
  const feed = (role: ProviderRole, name: ProviderName) => ({ breaker, member: `${name}:${family(name).model(role)}` });
  const { metrics } = options;
  return {
    providers: {
      text: textChain(chains.text.map((n) => instrumentText(member(family(n).text, n, 'text'), metrics, feed('text', n)))),
      image: imageChain(chains.image.map((n) => instrumentImage(member(family(n).image, n, 'image'), metrics, feed('image', n)))),
      code: codeChain(chains.code.map((n) => instrumentCode(member(family(n).code, n, 'code'), metrics, feed('code', n)))),
    },
    members: { text: members('text'), image: members('image'), code: members('code') },
    identity: {
      text: members('text').map((m) => m.key).join('>'),
      image: members('image').map((m) => m.key).join('>'),
      code: members('code').map((m) => m.key).join('>'),
    },
    modelOf: (provider, role) => (isProviderName(provider) ? family(provider).model(role) : provider),
    modelChecks: modelChecks(chains, family),
    breaker,
    warnings: imageWarnings(settings),
  };
}

function modelChecks(chains: Settings['chains'], family: (name: ProviderName) => Family): ModelCheck[] {
  const byKey = new Map<string, { provider: ProviderName; model: string; roles: ProviderRole[]; check: (model: string, signal: AbortSignal) => Promise<void> }>();
  for (const role of ['text', 'image', 'code'] as const) {
    for (const name of chains[role]) {
      const f = family(name);
      if (f.check === undefined) continue;
      const model = f.model(role);
      const key = `${name}:${model}`;
      const found = byKey.get(key);
      if (found === undefined) byKey.set(key, { provider: name, model, roles: [role], check: f.check });
      else found.roles.push(role);
    }
  }
  return [...byKey.entries()].map(([key, c]) => ({ key, provider: c.provider, model: c.model, roles: c.roles, check: (signal) => c.check(c.model, signal) }));
}

/** What the image model is sent, from GEMINI_IMAGE_SIZE/QUALITY/ASPECT_RATIO and what the registry says it takes. */
function imageSizing(settings: Settings) {
  const known = findModel(settings.gemini.image.model)?.image;
  // A model the registry does not know gets the sizes and ratios every Gemini image model has taken.
  const sizing = resolveImageSizing(settings.gemini.image, known ?? { sizes: ['1K', '2K', '4K'], aspectRatios: ['1:1', '3:4', '4:3', '9:16', '16:9'] });
  return { sizing, known: known !== undefined };
}

function imageWarnings(settings: Settings): string[] {
  if (!settings.chains.image.includes('gemini')) return [];
  const { sizing, known } = imageSizing(settings);
  if (!known) return [];
  return sizing.ignored.map((what) => `${what} is ignored: ${settings.gemini.image.model} cannot honour it`);
}

function isProviderName(name: string): name is ProviderName {
  return name in FAMILIES;
}
