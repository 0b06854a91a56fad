import type { Concept, Language, PostcardRequest } from '../contracts.js';
import { stableHash } from './hash.js';
import { motifsMentioned, type MotifName } from './motifs.js';
import { OCCASION_PROFILES } from './occasion-profiles.js';
import { varyPalette } from './palette.js';
import { directionNotes, STYLE_NOTES, TONE_WORDS } from './concept-notes.js';
import { understand } from './understanding/index.js';

/** Enough motifs to fill a card without cluttering it. */
const MAX_MOTIFS = 6;
const LIMITS = { theme: 200, emotionalTone: 200, visualStyle: 300, copyDirection: 500, audience: 200 } as const;

/** Motifs that celebrate; a somber card never shows them, even when the request names them. */
const CELEBRATORY: ReadonlySet<MotifName> = new Set(['cake', 'balloon', 'confetti', 'firework', 'gift', 'ribbon', 'heart']);

/** How long the prompt excerpt in a derived theme may be (ideographs are denser than words). */
const THEME_EXCERPT_LENGTH = { zh: 20, ja: 20, ko: 30, en: 60, es: 60, fr: 60, de: 60 } as const satisfies Record<Language, number>;
const NO_SPACES: ReadonlySet<Language> = new Set(['zh', 'ja']);
const CLAUSE_BREAK = /[，。！？；、,.!?;:\n：]/u;

/** The prompt's first clause, shortened on a word boundary where the language has them. */
function excerpt(prompt: string, language: Language): string {
  const clause = (prompt.split(CLAUSE_BREAK).find((part) => part.trim().length > 0) ?? prompt).replace(/\s+/g, ' ').trim();
  const limit = THEME_EXCERPT_LENGTH[language];
  const chars = Array.from(clause);
  if (chars.length <= limit) return clause;
  const cut = chars.slice(0, limit).join('');
  if (NO_SPACES.has(language)) return `${cut}…`;
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut}…`;
}

function deriveTheme(label: string, prompt: string, language: Language): string {
  const phrase = excerpt(prompt, language);
  if (phrase.length === 0) return label;
  // "Bon voyage card for Lily" already says what the label would.
  if (phrase.toLowerCase().includes(label.toLowerCase())) return phrase;
  return NO_SPACES.has(language) ? `${label}：${phrase}` : `${label}: ${phrase}`;
}

/** Joins parts and cuts at the last whole part that fits, so a brief never ends mid-sentence. */
function fit(parts: readonly string[], separator: string, max: number): string {
  let out = '';
  for (const part of parts.filter((p) => p.length > 0)) {
    const next = out.length === 0 ? part : `${out}${separator}${part}`;
    if (next.length > max) break;
    out = next;
  }
  return out.length > 0 ? out : (parts[0] ?? '').slice(0, max);
}

/** Builds a concept from the request alone: same request, same concept. */
export function buildConcept(request: PostcardRequest): Concept {
  const prompt = request.prompt.trim();
  const style = request.style?.trim() ?? '';
  const givenTheme = request.theme?.trim() ?? '';
  const seen = understand(request);
  const { language, occasion, tone, entities } = seen;
  const profile = OCCASION_PROFILES[occasion];
  const briefLanguage = language === 'zh' ? 'zh' : 'en';
  const brief = profile.brief[briefLanguage];
  const separator = briefLanguage === 'zh' ? '；' : '; ';
  const somber = tone === 'somber';

  // The interests come first, then what the request names, then the occasion's own motifs.
  const motifs = [...new Set([...seen.interestMotifs, ...motifsMentioned(`${prompt}\n${givenTheme}`), ...profile.motifs])]
    .filter((motif) => !somber || !CELEBRATORY.has(motif))
    .slice(0, MAX_MOTIFS);
  // Style words reshape the palette, except on a somber card, which stays muted.
  const palette = varyPalette(profile.palette, stableHash(prompt), somber ? '' : `${style}\n${prompt}`);

  const styleNotes = seen.styleWords.map((id) => `${id}; ${STYLE_NOTES[id][briefLanguage]}`);
  const rawStyle = style.length > 0 && !seen.styleWords.some((id) => style.toLowerCase() === id) ? style : '';

  return {
    theme: (givenTheme.length > 0 ? givenTheme : deriveTheme(profile.labels[language], prompt, language)).slice(0, LIMITS.theme),
    occasion,
    language,
    tone,
    emotional_tone: TONE_WORDS[tone][briefLanguage].slice(0, LIMITS.emotionalTone),
    visual_style: fit([...styleNotes, rawStyle, brief.visualStyle], separator, LIMITS.visualStyle),
    palette,
    motifs: motifs.length > 0 ? motifs : [...profile.motifs],
    copy_direction: fit([brief.copyDirection, ...directionNotes(seen, briefLanguage)], briefLanguage === 'zh' ? '' : ' ', LIMITS.copyDirection),
    audience: fit([entities.recipients.join(briefLanguage === 'zh' ? '、' : ', '), brief.audience], briefLanguage === 'zh' ? '，' : ' — ', LIMITS.audience),
    entities,
    language_fallback: seen.languageFallback,
  };
}
