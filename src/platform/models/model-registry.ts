import type { ProviderRole } from '../provider-settings.js';
import type { Checked, ModelEntry, ModelPrice, ModelProvider } from './model-types.js';

/**
 * The model registry: every remote model we know, as data. Defaults, prices,
 * parameter rules, thinking controls and replacements come from here.
 *
 * How to update it (models are retired within months): check the providers'
 * model, pricing and deprecation pages and the SDKs' own lists
 * (`@anthropic-ai/sdk` internal/data/deprecated-models.js and its `Model`
 * type; `@google/genai`'s FinishReason, ThinkingLevel and ImageConfig types),
 * edit the entries, record the source and the date in `facts` and `prices`,
 * and run test/unit/model-registry.test.ts: it fails when a default is shut
 * down or less than 30 days from its shutdown.
 *
 * Last full check: 2026-12-01, against @google/genai 3.3.0 and
 * @anthropic-ai/sdk 1.14.0 in node_modules and the stored copies of
 * ai.google.dev (models, pricing, deprecations, changelog) and
 * platform.claude.com (models overview, deprecations, versioning).
 */

const CHECKED = '2026-12-01';
const GOOGLE_MODELS = 'https://ai.google.dev/gemini-api/docs/models';
const GOOGLE_PRICING = 'https://ai.google.dev/gemini-api/docs/pricing';
const GOOGLE_DEPRECATIONS = 'https://ai.google.dev/gemini-api/docs/deprecations';
const GOOGLE_CHANGELOG = 'https://ai.google.dev/gemini-api/docs/changelog';
const CLAUDE_MODELS = 'https://platform.claude.com/docs/en/about-claude/models/overview';
const CLAUDE_DEPRECATIONS = 'https://platform.claude.com/docs/en/about-claude/model-deprecations';
const ANTHROPIC_SDK_DEPRECATED = '@anthropic-ai/sdk 1.14.0 internal/data/deprecated-models.js';

const facts = (source: string): Checked => ({ source, checked: CHECKED });
const price = (inputPerMtok: number, outputPerMtok: number, perImage: number, source: string, from?: string): ModelPrice => ({
  inputPerMtok,
  outputPerMtok,
  perImage,
  source,
  checked: CHECKED,
  ...(from === undefined ? {} : { from }),
});

/**
 * Gemini 3.6 and later: "the sampling parameters temperature, top_p and top_k
 * are now deprecated" (changelog 2026-07-21) and ignored; the migration guide
 * says to remove them. So they are sent only when an operator sets them.
 */
const GEMINI3_SAMPLING = ['temperature', 'topP', 'topK'] as const;
/** Anthropic API version 2026-10-21 (the SDK 1.x default) removed temperature, top_p and top_k: any value is a 400. */
const CLAUDE_NO_SAMPLING = ['temperature', 'topP', 'topK'] as const;
/** imageConfig.aspectRatio values of the current Gemini image models (@google/genai ImageConfig). */
const GEMINI_ASPECTS = ['1:1', '2:3', '3:2', '3:4', '4:3', '4:5', '5:4', '9:16', '16:9', '21:9'] as const;

const shutDown = (
  provider: ModelProvider,
  id: string,
  roles: readonly ProviderRole[],
  shutdown: string,
  replacement: string,
  source: string,
): ModelEntry => ({
  provider,
  id,
  roles,
  status: 'shut_down',
  shutdown,
  replacement,
  prices: [],
  maxOutputTokens: 8192,
  thinking: { kind: 'none' },
  rejects: [],
  advisesAgainst: [],
  qualityRank: 0,
  facts: facts(source),
});

/** A current Claude model: text and code, 128k output, adaptive thinking with effort, no sampling parameters. */
function claude(
  id: string,
  o: { prices: ModelPrice[]; qualityRank: number; faster?: string; replacement?: string; levels?: ('low' | 'medium' | 'high' | 'xhigh' | 'max')[]; source?: string },
): ModelEntry {
  return {
    provider: 'claude',
    id,
    roles: ['text', 'code'],
    status: 'ga',
    shutdown: null,
    replacement: o.replacement ?? null,
    prices: o.prices,
    maxOutputTokens: 128_000,
    thinking: { kind: 'claude_effort', levels: o.levels ?? ['low', 'medium', 'high', 'xhigh', 'max'], thinksByDefault: true },
    rejects: [...CLAUDE_NO_SAMPLING],
    advisesAgainst: [],
    qualityRank: o.qualityRank,
    ...(o.faster === undefined ? {} : { faster: o.faster }),
    facts: facts(o.source ?? CLAUDE_MODELS),
  };
}

export const MODELS: readonly ModelEntry[] = [
  // --- Gemini text and code (generateContent) ---
  {
    provider: 'gemini',
    id: 'gemini-3.8-flash',
    roles: ['text', 'code'],
    status: 'ga',
    shutdown: null,
    replacement: null,
    // Launch price "through December 31, 2026", then the standard price.
    prices: [price(0.75, 3.75, 0, GOOGLE_PRICING), price(1.5, 7.5, 0, GOOGLE_PRICING, '2027-01-01')],
    maxOutputTokens: 65_536,
    // "Supported thinking levels LOW, MEDIUM, HIGH (default: MEDIUM)"; minimal is answered 400.
    thinking: { kind: 'gemini_level', levels: ['low', 'medium', 'high'], canDisable: false },
    rejects: [],
    advisesAgainst: [...GEMINI3_SAMPLING],
    qualityRank: 80,
    faster: 'gemini-3.5-flash-lite',
    facts: facts(`${GOOGLE_MODELS} (GA 2026-09-02); Vertex "Gemini 3.8 Flash" guide for limits and thinking levels`),
  },
  {
    provider: 'gemini',
    id: 'gemini-3.6-flash',
    roles: ['text', 'code'],
    status: 'ga',
    shutdown: null,
    replacement: null,
    prices: [price(1.5, 7.5, 0, GOOGLE_PRICING)],
    maxOutputTokens: 65_536,
    thinking: { kind: 'gemini_level', levels: ['low', 'medium', 'high'], canDisable: false },
    rejects: [],
    advisesAgainst: [...GEMINI3_SAMPLING],
    qualityRank: 75,
    facts: facts(`${GOOGLE_MODELS} (GA 2026-07-21); ${GOOGLE_CHANGELOG}`),
  },
  {
    provider: 'gemini',
    id: 'gemini-3.5-flash-lite',
    roles: ['text'],
    status: 'ga',
    shutdown: null,
    replacement: null,
    prices: [price(0.3, 2.5, 0, GOOGLE_PRICING)],
    maxOutputTokens: 65_536,
    thinking: { kind: 'gemini_level', levels: ['minimal', 'low', 'medium', 'high'], canDisable: false },
    rejects: [],
    advisesAgainst: [...GEMINI3_SAMPLING],
    qualityRank: 60,
    facts: facts(`${GOOGLE_MODELS} (GA 2026-07-21); default thinking minimal`),
  },
  {
    provider: 'gemini',
    id: 'gemini-3.1-flash-lite',
    roles: ['text'],
    status: 'ga',
    shutdown: '2027-05-07',
    replacement: 'gemini-3.5-flash-lite',
    // No list price found in the stored pricing page: cost is reported as unknown.
    prices: [],
    maxOutputTokens: 65_536,
    thinking: { kind: 'gemini_level', levels: ['minimal', 'low', 'medium', 'high'], canDisable: false },
    rejects: [],
    advisesAgainst: ['temperature'],
    qualityRank: 55,
    facts: facts(GOOGLE_DEPRECATIONS),
  },
  {
    provider: 'gemini',
    id: 'gemini-3.1-pro-preview',
    roles: ['text', 'code'],
    status: 'preview',
    shutdown: null,
    replacement: null,
    prices: [price(2, 12, 0, `${GOOGLE_PRICING} (prompts up to 200k tokens)`)],
    maxOutputTokens: 65_536,
    thinking: { kind: 'gemini_level', levels: ['low', 'medium', 'high'], canDisable: false },
    rejects: [],
    advisesAgainst: ['temperature'],
    qualityRank: 90,
    facts: facts(GOOGLE_MODELS),
  },
  {
    ...shutDown('gemini', 'gemini-3.7-flash', ['text', 'code'], '2026-10-08', 'gemini-3.8-flash', `${GOOGLE_CHANGELOG} 2026-10-08: deprecated, routed to gemini-3.8-flash`),
    status: 'deprecated',
  },
  {
    ...shutDown('gemini', 'gemini-3.5-flash', ['text', 'code'], '2026-10-08', 'gemini-3.6-flash', `${GOOGLE_CHANGELOG} 2026-10-08: deprecated, routed to gemini-3.6-flash`),
    status: 'deprecated',
  },
  shutDown('gemini', 'gemini-2.5-pro', ['text', 'code'], '2026-12-01', 'gemini-3.8-flash', `${GOOGLE_DEPRECATIONS} (as read 2026-11-10)`),
  shutDown('gemini', 'gemini-2.5-flash', ['text', 'code'], '2026-12-01', 'gemini-3.8-flash', `${GOOGLE_DEPRECATIONS} (as read 2026-11-10; Google routes it to gemini-3.5-flash-lite)`),
  shutDown('gemini', 'gemini-2.0-flash', ['text', 'code'], '2026-06-01', 'gemini-3.8-flash', `${GOOGLE_CHANGELOG} 2026-06-01`),
  shutDown('gemini', 'gemini-2.0-flash-lite', ['text'], '2026-06-01', 'gemini-3.5-flash-lite', `${GOOGLE_CHANGELOG} 2026-06-01`),
  shutDown('gemini', 'gemini-1.5-flash', ['text', 'code'], '2025-09-24', 'gemini-3.8-flash', GOOGLE_DEPRECATIONS),
  shutDown('gemini', 'gemini-1.5-pro', ['text', 'code'], '2025-09-24', 'gemini-3.8-flash', GOOGLE_DEPRECATIONS),

  // --- Gemini image output (generateContent with responseModalities IMAGE) ---
  {
    provider: 'gemini',
    id: 'gemini-nano-banana-2.1',
    roles: ['image'],
    status: 'ga',
    shutdown: null,
    replacement: null,
    // The stored pricing page has no row for it yet: cost is reported as unknown until PRICE_TABLE_JSON names one.
    prices: [],
    maxOutputTokens: 32_768,
    thinking: { kind: 'gemini_level', levels: ['minimal', 'medium', 'high'], canDisable: false },
    rejects: ['temperature', 'topP', 'topK'],
    advisesAgainst: [],
    qualityRank: 85,
    image: { sizes: ['1K', '2K', '4K'], aspectRatios: [...GEMINI_ASPECTS, '1:4', '4:1', '1:8', '8:1'] },
    facts: facts(`${GOOGLE_CHANGELOG} 2026-10-06 (GA, recommended image model)`),
  },
  {
    provider: 'gemini',
    id: 'gemini-3-pro-image',
    roles: ['image'],
    status: 'ga',
    shutdown: null,
    replacement: null,
    prices: [price(2, 0, 0.134, `${GOOGLE_PRICING} (1K/2K image; 4K is $0.24)`)],
    maxOutputTokens: 32_768,
    thinking: { kind: 'gemini_level', levels: ['high'], canDisable: false },
    rejects: ['temperature', 'topP', 'topK'],
    advisesAgainst: [],
    qualityRank: 90,
    image: { sizes: ['1K', '2K', '4K'], aspectRatios: [...GEMINI_ASPECTS] },
    facts: facts(`${GOOGLE_CHANGELOG} 2026-05-28 (GA)`),
  },
  {
    provider: 'gemini',
    id: 'gemini-3.1-flash-lite-image',
    roles: ['image'],
    status: 'ga',
    shutdown: null,
    replacement: null,
    prices: [],
    maxOutputTokens: 32_768,
    thinking: { kind: 'none' },
    // One fixed size: an imageSize is refused.
    rejects: ['temperature', 'topP', 'topK', 'imageSize'],
    advisesAgainst: [],
    qualityRank: 60,
    image: { sizes: [], aspectRatios: [...GEMINI_ASPECTS] },
    facts: facts(`${GOOGLE_MODELS} (GA 2026-06-30)`),
  },
  {
    provider: 'gemini',
    id: 'gemini-3.1-flash-image',
    roles: ['image'],
    status: 'deprecated',
    shutdown: null,
    replacement: 'gemini-nano-banana-2.1',
    prices: [price(0.5, 0, 0.067, 'Google pricing as quoted by aggregators, 2026-03 (1K image)')],
    maxOutputTokens: 32_768,
    thinking: { kind: 'gemini_level', levels: ['minimal', 'high'], canDisable: false },
    rejects: ['temperature', 'topP', 'topK'],
    advisesAgainst: [],
    qualityRank: 75,
    image: { sizes: ['1K', '2K', '4K'], aspectRatios: [...GEMINI_ASPECTS] },
    facts: facts(`${GOOGLE_CHANGELOG} 2026-10-06 (deprecated, no shutdown date announced)`),
  },
  { ...shutDown('gemini', 'gemini-2.5-flash-image', ['image'], '2026-10-02', 'gemini-nano-banana-2.1', GOOGLE_DEPRECATIONS), image: { sizes: [], aspectRatios: [...GEMINI_ASPECTS] } },
  shutDown('gemini', 'imagen-4.0-generate-001', ['image'], '2026-08-17', 'gemini-nano-banana-2.1', `${GOOGLE_CHANGELOG} 2026-06-15; Imagen page: "now shut down"`),
  shutDown('gemini', 'imagen-4.0-fast-generate-001', ['image'], '2026-08-17', 'gemini-nano-banana-2.1', `${GOOGLE_CHANGELOG} 2026-06-15`),
  shutDown('gemini', 'imagen-4.0-ultra-generate-001', ['image'], '2026-08-17', 'gemini-3-pro-image', `${GOOGLE_CHANGELOG} 2026-06-15`),
  shutDown('gemini', 'imagen-3.0-generate-002', ['image'], '2025-11-10', 'gemini-nano-banana-2.1', GOOGLE_DEPRECATIONS),
  // The design document's default. Vertex AI discontinued every Imagen 3 and 4 endpoint on 2026-06-30.
  shutDown('gemini', 'imagen-3.0-generate-001', ['image'], '2026-06-30', 'gemini-nano-banana-2.1', 'Vertex AI Imagen pages as cited in firebase/genkit#6176'),

  // --- Claude (Messages API, anthropic-version 2026-10-21) ---
  // Adaptive thinking is on by default (Sonnet 5.5: effort high) and counts toward max_tokens.
  claude('claude-sonnet-5-5', { prices: [price(2, 10, 0, CLAUDE_MODELS)], qualityRank: 92, faster: 'claude-haiku-5-5', source: `${CLAUDE_MODELS}; @anthropic-ai/sdk 1.14.0 Model type` }),
  claude('claude-opus-5-5', { prices: [price(4, 20, 0, CLAUDE_MODELS)], qualityRank: 97, faster: 'claude-sonnet-5-5' }),
  // $0.10 / $0.50 for prompts up to 100k tokens; ours are a few thousand.
  claude('claude-haiku-5-5', { prices: [price(0.1, 0.5, 0, CLAUDE_MODELS)], qualityRank: 70, levels: ['low', 'medium', 'high'], source: `${CLAUDE_MODELS} (released 2026-10-07)` }),
  claude('claude-sonnet-5', { prices: [price(2, 10, 0, CLAUDE_MODELS)], qualityRank: 88, replacement: 'claude-sonnet-5-5', source: `${CLAUDE_MODELS} (legacy)` }),
  {
    ...claude('claude-opus-4-5', {
      prices: [price(5, 25, 0, CLAUDE_MODELS)],
      qualityRank: 80,
      replacement: 'claude-opus-5-5',
      levels: ['low', 'medium', 'high'],
      source: ANTHROPIC_SDK_DEPRECATED,
    }),
    aliases: ['claude-opus-4-5-20251101'],
    status: 'deprecated',
    shutdown: '2027-01-22',
    maxOutputTokens: 64_000,
    thinking: { kind: 'claude_effort', levels: ['low', 'medium', 'high'], thinksByDefault: false },
  },
  { ...shutDown('claude', 'claude-sonnet-4-5', ['text', 'code'], '2026-11-30', 'claude-sonnet-5-5', ANTHROPIC_SDK_DEPRECATED), aliases: ['claude-sonnet-4-5-20250929'] },
  { ...shutDown('claude', 'claude-sonnet-4-0', ['text', 'code'], '2026-06-15', 'claude-sonnet-5-5', CLAUDE_DEPRECATIONS), aliases: ['claude-sonnet-4-20250514'] },
  { ...shutDown('claude', 'claude-opus-4-0', ['text', 'code'], '2026-06-15', 'claude-opus-5-5', CLAUDE_DEPRECATIONS), aliases: ['claude-opus-4-20250514'] },
  { ...shutDown('claude', 'claude-3-7-sonnet-latest', ['text', 'code'], '2026-02-19', 'claude-sonnet-5-5', CLAUDE_DEPRECATIONS), aliases: ['claude-3-7-sonnet-20250219'] },
];

/** The defaults per provider and role: generally available, with no shutdown announced (checked by a unit test). */
export const DEFAULT_MODELS: { readonly [P in ModelProvider]: { readonly [R in ProviderRole]?: string } } = {
  gemini: { text: 'gemini-3.8-flash', image: 'gemini-nano-banana-2.1', code: 'gemini-3.8-flash' },
  claude: { text: 'claude-sonnet-5-5', code: 'claude-sonnet-5-5' },
};
