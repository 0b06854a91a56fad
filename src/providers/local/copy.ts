import type { Concept, Copy, Language, Occasion, PostcardRequest } from '../contracts.js';
import { EN_COPY } from './copy-en.js';
import type { CopyVariants } from './copy-template.js';
import { ZH_COPY } from './copy-zh.js';
import { readCues } from './cues.js';
import { pickBySeed, stableHash } from './hash.js';

const COPY = { zh: ZH_COPY, en: EN_COPY } satisfies Record<Language, Record<Occasion, CopyVariants>>;

/** Schema limits, kept here so a long name can never push a field over them. */
const LIMITS = { title: 80, subtitle: 160, signature: 80 } as const;

function fit(text: string, limit: number): string {
  const chars = Array.from(text);
  return chars.length <= limit ? text : `${chars.slice(0, limit - 1).join('')}…`;
}

/** English titles are in title case, so the address is too ("my love" → "My Love"). */
function titleAddress(recipient: string, language: Language): string {
  return language === 'en' ? recipient.replace(/\b[a-z]/g, (c) => c.toUpperCase()) : recipient;
}

/** "With love, your friend" signs as "With love, Anna"; “—— 爱你的朋友” as “—— 小明”. */
function signature(fallback: string, sender: string | null, language: Language): string {
  if (sender === null) return fallback;
  if (language === 'zh') return `—— ${sender}`;
  const opening = fallback.split(',')[0] ?? fallback;
  return `${opening}, ${sender}`;
}

/**
 * Writes the card's words in the concept's language and for its occasion. The
 * variant is chosen by the prompt's hash, so the same prompt always reads the
 * same and different prompts usually read differently.
 */
export function writeCopy(request: PostcardRequest, concept: Concept): Copy {
  const { recipient, sender } = readCues(request.prompt, concept.language);
  const template = pickBySeed(COPY[concept.language][concept.occasion], stableHash(request.prompt.trim()));
  const [generic, addressed] = template.title;
  return {
    title: fit(recipient === null ? generic : addressed(titleAddress(recipient, concept.language)), LIMITS.title),
    subtitle: fit(template.subtitle, LIMITS.subtitle),
    body: template.body.join('\n'),
    signature: fit(signature(template.signature, sender, concept.language), LIMITS.signature),
  };
}
