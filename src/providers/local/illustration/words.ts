import { requiredText } from '../keywords.js';

/**
 * Finds words of seven languages in free text. Latin-script words match whole
 * words only, with the language's plural endings; accents are optional in words
 * of four letters or more ("arbol" finds "árbol") but kept in shorter ones, so
 * French "thé" never matches English "the" nor Spanish "té" the pronoun "te".
 * Han, kana and hangul words match anywhere, because those scripts do not
 * separate words, so their lists hold multi-character words only.
 */

export const WORD_LANGUAGES = ['zh', 'en', 'ja', 'ko', 'es', 'fr', 'de'] as const;
export type WordLanguage = (typeof WORD_LANGUAGES)[number];

/** The same idea, named in each language. */
export type Words = Readonly<Record<WordLanguage, readonly string[]>>;

/** A text prepared once for many searches; both forms have the same length, so positions agree. */
export interface SearchText {
  readonly lower: string;
  readonly folded: string;
}

const PLURALS: Readonly<Record<WordLanguage, string>> = {
  zh: '',
  ja: '',
  ko: '',
  en: '(?:s|es)?',
  es: '(?:s|es)?',
  fr: '(?:s|x)?',
  de: '(?:e|n|en|er|s|es)?',
};

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const SHORT = 3;

const foldChar = (c: string): string => {
  const bare = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return bare.length === 1 ? bare : c;
};

export function searchText(text: string): SearchText {
  const lower = text.normalize('NFC').toLowerCase().replace(/[’‘]/g, "'");
  return { lower, folded: Array.from(lower, foldChar).join('') };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface WordPattern {
  readonly pattern: RegExp;
  readonly folded: boolean;
  /** Found, in the same form, in every text the pattern matches (requiredText). */
  readonly required: string;
}

export function wordPattern(word: string, language: WordLanguage): WordPattern {
  const { lower, folded } = searchText(word.trim());
  if (CJK.test(lower)) return { pattern: new RegExp(escape(lower), 'u'), folded: false, required: lower };
  const accentsMatter = folded.length <= SHORT && folded !== lower;
  const form = accentsMatter ? lower : folded;
  const body = escape(form).replace(/ /g, '[\\s-]+');
  return {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])${body}${PLURALS[language]}(?![\\p{L}\\p{N}])`, 'u'),
    folded: !accentsMatter,
    required: requiredText(form),
  };
}

/** Compiles a word table once; the matcher returns where any of its words first appears, or -1. */
export function compileWords(words: Words): (text: SearchText) => number {
  const patterns = WORD_LANGUAGES.flatMap((language) => words[language].map((w) => wordPattern(w, language)));
  return (text) => {
    let first = -1;
    for (const { pattern, folded, required } of patterns) {
      const form = folded ? text.folded : text.lower;
      if (!form.includes(required)) continue;
      const at = form.search(pattern);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    return first;
  };
}
