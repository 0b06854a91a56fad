import type { Concept, Language, PostcardRequest } from '../contracts.js';
import { readCues } from './cues.js';
import { stableHash } from './hash.js';
import { detectLanguage } from './language.js';
import { motifsMentioned } from './motifs.js';
import { OCCASION_PROFILES } from './occasion-profiles.js';
import { detectOccasion } from './occasions.js';
import { varyPalette } from './palette.js';

/** Enough motifs to fill a card without cluttering it. */
const MAX_MOTIFS = 6;

/** How long the prompt excerpt in a derived theme may be, per language (ideographs are denser). */
const THEME_EXCERPT_LENGTH = { zh: 20, en: 60 } as const satisfies Record<Language, number>;

const CLAUSE_BREAK = /[，。！？；、,.!?;:\n：]/u;

/** The prompt's first clause, shortened on a word boundary where the language has them. */
function excerpt(prompt: string, language: Language): string {
  const clause = (prompt.split(CLAUSE_BREAK).find((part) => part.trim().length > 0) ?? prompt).replace(/\s+/g, ' ').trim();
  const limit = THEME_EXCERPT_LENGTH[language];
  const chars = Array.from(clause);
  if (chars.length <= limit) return clause;
  const cut = chars.slice(0, limit).join('');
  if (language === 'zh') return `${cut}…`;
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut}…`;
}

function deriveTheme(label: string, prompt: string, language: Language): string {
  const phrase = excerpt(prompt, language);
  if (phrase.length === 0) return label;
  // "Bon voyage card for Lily" already says what the label would.
  if (phrase.toLowerCase().includes(label.toLowerCase())) return phrase;
  return language === 'zh' ? `${label}：${phrase}` : `${label}: ${phrase}`;
}

/** Builds a concept from the request alone: same request, same concept. */
export function buildConcept(request: PostcardRequest): Concept {
  const prompt = request.prompt.trim();
  const language = detectLanguage(prompt);
  const occasion = detectOccasion(prompt, request.theme, request.style);
  const profile = OCCASION_PROFILES[occasion];
  const voice = profile.voice[language];
  const style = request.style?.trim() ?? '';
  const givenTheme = request.theme?.trim() ?? '';
  const { recipient } = readCues(prompt, language);

  // Motifs the client asked for come first; the occasion's own fill the rest.
  const motifs = [...new Set([...motifsMentioned(`${prompt}\n${givenTheme}`), ...voice.motifs])].slice(0, MAX_MOTIFS);
  const palette = varyPalette(profile.palette, stableHash(prompt), `${style}\n${prompt}`);

  const separator = language === 'zh' ? '；' : '; ';
  const recipientNote =
    recipient === null ? '' : language === 'zh' ? `。写给${recipient}，称呼要自然` : ` Address it to ${recipient}.`;

  return {
    theme: givenTheme.length > 0 ? givenTheme : deriveTheme(voice.label, prompt, language),
    occasion,
    language,
    emotional_tone: voice.tone,
    visual_style: style.length > 0 ? `${style}${separator}${voice.style}` : voice.style,
    palette,
    motifs,
    copy_direction: `${voice.copyDirection}${recipientNote}`,
    audience: recipient ?? voice.audience,
  };
}
