import type { ProviderName, ProviderRole } from './provider-settings.js';

/** TEXT_PROVIDER and friends: `auto`, or an explicit ordered list. */
export type ChainChoice = 'auto' | readonly ProviderName[];

export interface KeysPresent {
  readonly gemini: boolean;
  readonly claude: boolean;
  /** GOOGLE_CLOUD_PROJECT: Gemini through Vertex AI, with Google credentials instead of a key. */
  readonly vertex: boolean;
}

export interface ResolvedChains {
  readonly chains: { readonly [R in ProviderRole]: readonly ProviderName[] };
  readonly reasons: { readonly [R in ProviderRole]: string };
}

/**
 * Which remote providers an `auto` chain tries, in order, per role. Gemini
 * leads text and images (it is the design document's text and image
 * provider); Claude leads the page (the document's code provider). The other
 * family follows where it can serve the role, so a strategy has a choice and
 * an outage has a fallback. `local` always ends an auto chain: a postcard is
 * made even when every key is revoked.
 */
const AUTO_ORDER: { readonly [R in ProviderRole]: readonly ('gemini' | 'claude')[] } = {
  text: ['gemini', 'claude'],
  image: ['gemini'],
  code: ['claude', 'gemini'],
};

const KEY_VARIABLE = { gemini: 'GEMINI_API_KEY', claude: 'ANTHROPIC_API_KEY' } as const;

/** Vertex AI credentials serve the image step only (the text and code adapters use the Gemini API key). */
function has(keys: KeysPresent, name: 'gemini' | 'claude', role: ProviderRole): boolean {
  return name === 'gemini' ? keys.gemini || (keys.vertex && role === 'image') : keys.claude;
}

export function resolveChains(choices: { readonly [R in ProviderRole]: ChainChoice }, keys: KeysPresent): ResolvedChains {
  const resolve = (role: ProviderRole): { chain: readonly ProviderName[]; reason: string } => {
    const choice = choices[role];
    if (choice !== 'auto') return { chain: choice, reason: 'set explicitly' };
    const remote = AUTO_ORDER[role].filter((name) => has(keys, name, role));
    const chain: ProviderName[] = [...remote, 'local'];
    const why =
      remote.length === 0
        ? `auto: no ${AUTO_ORDER[role].map((n) => KEY_VARIABLE[n]).join(' or ')} set, so the offline local provider serves`
        : `auto: ${remote.map((n) => `${n} (${n === 'gemini' && !keys.gemini ? 'GOOGLE_CLOUD_PROJECT' : KEY_VARIABLE[n]} set)`).join(', ')}, then local as the last resort`;
    return { chain, reason: why };
  };
  const text = resolve('text');
  const image = resolve('image');
  const code = resolve('code');
  return {
    chains: { text: text.chain, image: image.chain, code: code.chain },
    reasons: { text: text.reason, image: image.reason, code: code.reason },
  };
}
