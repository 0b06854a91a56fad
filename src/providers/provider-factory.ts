import type { Config, ProviderName, ProviderRole } from '../platform/config.js';
import { PIPELINE } from '../pipeline/catalog.js';
import { checkClaudeHealth, createClaudeCodeProvider, createClaudeTextProvider } from './claude/index.js';
import type { CodeProvider, ImageProvider, Providers, TextProvider } from './contracts.js';
import { checkGeminiHealth, createGeminiCodeProvider, createGeminiImageProvider, createGeminiTextProvider } from './gemini/index.js';
import type { Metrics } from '../platform/metrics.js';
import { instrumentCode, instrumentImage, instrumentText } from './instrumented.js';
import { createLocalProviders } from './local/index.js';
import { codeChain, imageChain, textChain } from './provider-chain.js';
import { createSimulatedProviders } from './simulated/index.js';

type Settings = Config['providers'];

interface Family {
  text?(): TextProvider;
  image?(): ImageProvider;
  code?(): CodeProvider;
  /** Model per role, for cache keys and cost accounting. */
  model(role: ProviderRole): string;
  /** A cheap call that proves the provider answers and the key works; offline families have none. */
  health?(signal: AbortSignal): Promise<void>;
}

const HEALTH_TIMEOUT_MS = 5000;

/** Every provider name the config accepts has a family here, or this does not compile. */
const FAMILIES = {
  local: () => {
    const local = createLocalProviders();
    return { text: () => local.text, image: () => local.image, code: () => local.code, model: () => 'local' };
  },
  gemini: (s: Settings): Family => {
    const key = s.gemini.apiKey ?? '';
    const base = { apiKey: key, ...(s.gemini.baseUrl === undefined ? {} : { baseUrl: s.gemini.baseUrl }) };
    const vertex = s.gemini.vertex;
    // In Vertex mode the image step paints with Imagen; keep a configured Imagen model, else the default.
    const imageModel = vertex === undefined || s.gemini.image.model.startsWith('imagen') ? s.gemini.image.model : undefined;
    return {
      text: () => createGeminiTextProvider({ ...base, ...s.gemini.text, timeoutMs: PIPELINE.concept.timeoutMs }),
      image: () =>
        createGeminiImageProvider({
          ...base,
          ...(imageModel === undefined ? {} : { model: imageModel }),
          aspectRatio: s.gemini.image.aspectRatio,
          ...(s.gemini.image.imageSize === undefined ? {} : { imageSize: s.gemini.image.imageSize }),
          ...(vertex === undefined ? {} : { vertex }),
          timeoutMs: PIPELINE.image.timeoutMs,
        }),
      code: () => createGeminiCodeProvider({ ...base, ...s.gemini.code, timeoutMs: PIPELINE.code.timeoutMs }),
      model: (role) => (role === 'text' ? s.gemini.text.model : role === 'image' ? (imageModel ?? 'imagen-4.0-generate-001') : s.gemini.code.model),
      health: (signal) => checkGeminiHealth({ ...base, model: s.gemini.text.model, timeoutMs: HEALTH_TIMEOUT_MS, signal }),
    };
  },
  simulated: (s: Settings): Family => {
    const simulated = createSimulatedProviders(s.simulated);
    return { text: () => simulated.text, image: () => simulated.image, code: () => simulated.code, model: () => 'simulated' };
  },
  claude: (s: Settings): Family => {
    const options = {
      apiKey: s.claude.apiKey ?? '',
      model: s.claude.model,
      maxTokens: s.claude.maxTokens,
      ...(s.claude.baseUrl === undefined ? {} : { baseUrl: s.claude.baseUrl }),
    };
    return {
      text: () => createClaudeTextProvider({ ...options, timeoutMs: PIPELINE.concept.timeoutMs }),
      code: () => createClaudeCodeProvider({ ...options, timeoutMs: PIPELINE.code.timeoutMs }),
      model: () => s.claude.model,
      health: (signal) => checkClaudeHealth({ ...options, timeoutMs: HEALTH_TIMEOUT_MS, signal }),
    };
  },
} satisfies Record<ProviderName, (settings: Settings) => Family>;

export interface ProviderSetup {
  readonly providers: Providers;
  /** Per role, the chain's members and models, e.g. "gemini:gemini-2.5-flash>local:local". Part of every cache key. */
  readonly identity: { readonly [R in ProviderRole]: string };
  /** Model of a named provider for a role, for pricing. */
  modelOf(provider: string, role: ProviderRole): string;
  /** One health check per distinct configured provider that has a remote service to check. */
  readonly healthChecks: ReadonlyArray<{ readonly name: ProviderName; check(signal: AbortSignal): Promise<void> }>;
}

function member<T>(family: Family, make: (() => T) | undefined, name: ProviderName, role: ProviderRole): T {
  // config.ts refuses a chain naming a provider for a role it cannot serve, so this is a programming error.
  if (make === undefined) throw new Error(`provider ${name} cannot serve ${role}`);
  return make.call(family);
}

/** Builds each step family's provider chain from config (TEXT_PROVIDER, IMAGE_PROVIDER, CODE_PROVIDER). */
export function createProviderSetup(settings: Settings, metrics?: Metrics): ProviderSetup {
  const families = new Map<ProviderName, Family>();
  const family = (name: ProviderName) => {
    let found = families.get(name);
    if (found === undefined) {
      found = FAMILIES[name](settings);
      families.set(name, found);
    }
    return found;
  };
  const { chains } = settings;
  const measured = <P>(provider: P, instrument: (p: P, m: Metrics) => P): P => (metrics === undefined ? provider : instrument(provider, metrics));
  const identity = (role: ProviderRole) => chains[role].map((n) => `${n}:${family(n).model(role)}`).join('>');
  return {
    providers: {
      text: textChain(chains.text.map((n) => measured(member(family(n), family(n).text, n, 'text'), instrumentText))),
      image: imageChain(chains.image.map((n) => measured(member(family(n), family(n).image, n, 'image'), instrumentImage))),
      code: codeChain(chains.code.map((n) => measured(member(family(n), family(n).code, n, 'code'), instrumentCode))),
    },
    identity: { text: identity('text'), image: identity('image'), code: identity('code') },
    modelOf: (provider, role) => (isProviderName(provider) ? family(provider).model(role) : provider),
    healthChecks: [...new Set([...chains.text, ...chains.image, ...chains.code])].flatMap((name) => {
      const health = family(name).health;
      return health === undefined ? [] : [{ name, check: (signal: AbortSignal) => health(signal) }];
    }),
  };
}

function isProviderName(name: string): name is ProviderName {
  return name in FAMILIES;
}
