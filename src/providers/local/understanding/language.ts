import type { Language } from '../../contracts.js';
import { foldText } from './text.js';

/** The language a prompt is written in; `fallback` names one we cannot write (the card is then in English). */
export interface LanguageGuess {
  readonly language: Language;
  readonly fallback: string | null;
}

type Latin = 'en' | 'es' | 'fr' | 'de' | 'Italian' | 'Portuguese' | 'Dutch';

/**
 * Function words and telling greetings per Latin-script language, already
 * folded (no accents). Words shared by two languages appear in both and so
 * decide nothing alone; the greetings weigh more.
 */
const LATIN_WORDS: Readonly<Record<Latin, { readonly common: readonly string[]; readonly telling: readonly string[] }>> = {
  en: {
    common: ['the', 'a', 'have', 'great', 'good', 'hope', 'and', 'for', 'to', 'my', 'your', 'with', 'from', 'of', 'you', 'is', 'card', 'dear', 'our', 'we', 'i', 'on', 'this', 'her', 'his', 'who', 'please', 'make', 'write', 'some'],
    telling: ['happy', 'birthday', 'merry', 'trip', 'wishes', 'love', 'congratulations', 'thanks', 'thank', 'greetings', 'get', 'well', 'soon', 'sorry', 'condolences', 'memoriam'],
  },
  es: {
    common: ['el', 'la', 'los', 'las', 'para', 'de', 'y', 'con', 'mi', 'mis', 'mama', 'papa', 'tu', 'tus', 'que', 'un', 'una', 'del', 'por', 'al', 'su', 'muy', 'querida', 'querido'],
    telling: ['feliz', 'felices', 'cumpleanos', 'navidad', 'gracias', 'muchas', 'abuela', 'abuelo', 'aniversario', 'amor', 'viaje', 'buen', 'amigos', 'hermana', 'hermano', 'enhorabuena', 'felicidades', 'ano', 'nuevo', 'boda', 'pesame', 'tarjeta', 'saludos', 'desde', 'besos', 'abrazos', 'mejores', 'pronto', 'te', 'quiero', 'memoria', 'recuerdo'],
  },
  fr: {
    common: ['le', 'la', 'les', 'pour', 'de', 'et', 'du', 'des', 'ma', 'mon', 'mes', 'ton', 'ta', 'tes', 'avec', 'un', 'une', 'ses', 'son', 'a', 'au', 'aux', 'je', 'tu', 'vous', 'chere', 'cher'],
    telling: ['joyeux', 'joyeuse', 'joyeuses', 'anniversaire', 'bon', 'bonne', 'fete', 'retablissement', 'amour', 'pardon', 'mamie', 'merci', 'noel', 'annee', 'maman', 'felicitations', 'voeux', 'carte', 'mariage', 'ans', 'baisers', 'bons', 'bises', 'amities', 'gueris', 'vite', 't', 'memoire', 'souvenir', 'condoleances'],
  },
  de: {
    common: ['der', 'die', 'das', 'fur', 'und', 'mit', 'von', 'ich', 'dich', 'dir', 'mir', 'tut', 'im', 'mein', 'meine', 'meiner', 'ist', 'zum', 'zur', 'ein', 'eine', 'an', 'deine', 'dein', 'liebe', 'lieber'],
    telling: ['alles', 'gute', 'viel', 'erfolg', 'neuen', 'besserung', 'leid', 'reise', 'kollegin', 'kollege', 'geburtstag', 'frohe', 'frohes', 'herzlichen', 'gluckwunsch', 'weihnachten', 'danke', 'oma', 'opa', 'jahre', 'karte', 'hochzeit', 'beileid', 'gruße', 'grusse', 'gedenken', 'erinnerung'],
  },
  Italian: {
    common: ['il', 'per', 'di', 'che', 'con', 'mia', 'mio', 'della', 'sei', 'gli', 'una', 'tanti', 'e'],
    telling: ['buon', 'buona', 'compleanno', 'auguri', 'natale', 'grazie', 'ciao', 'nonna', 'nonno', 'anniversario'],
  },
  Portuguese: {
    common: ['o', 'os', 'as', 'para', 'com', 'meu', 'minha', 'voce', 'nao', 'muito', 'da', 'do', 'uma', 'um'],
    telling: ['feliz', 'aniversario', 'parabens', 'obrigado', 'obrigada', 'natal', 'avo', 'querida', 'saudades'],
  },
  Dutch: {
    common: ['het', 'een', 'voor', 'van', 'mijn', 'je', 'en', 'met'],
    telling: ['gefeliciteerd', 'fijne', 'verjaardag', 'prettige', 'kerst', 'bedankt', 'oma'],
  },
};

/** Letters only one language uses; each counts like a telling word. */
const LATIN_LETTERS: ReadonlyArray<readonly [RegExp, Latin]> = [
  [/[ñ¡¿]/giu, 'es'],
  [/[çœèêëîûù]/giu, 'fr'],
  [/[ßäöü]/giu, 'de'],
  [/[ãõ]/giu, 'Portuguese'],
  [/[ìò]/giu, 'Italian'],
];

/** Scripts of languages we cannot write yet, named for the fallback note. */
const OTHER_SCRIPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\p{Script=Cyrillic}/gu, 'Russian'],
  [/\p{Script=Arabic}/gu, 'Arabic'],
  [/\p{Script=Devanagari}/gu, 'Hindi'],
  [/\p{Script=Thai}/gu, 'Thai'],
  [/\p{Script=Hebrew}/gu, 'Hebrew'],
  [/\p{Script=Greek}/gu, 'Greek'],
  [/\p{Script=Bengali}/gu, 'Bengali'],
  [/\p{Script=Tamil}/gu, 'Tamil'],
];

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

const SCORED = Object.entries(LATIN_WORDS).map(([language, words]) => ({
  language: language as Latin,
  common: new Set(words.common),
  telling: new Set(words.telling),
}));

function latinLanguage(text: string): Latin {
  const scores = new Map<Latin, number>(SCORED.map((s) => [s.language, 0]));
  const add = (language: Latin, points: number): void => void scores.set(language, (scores.get(language) ?? 0) + points);
  for (const word of foldText(text).match(/\p{Script=Latin}+/gu) ?? []) {
    for (const { language, common, telling } of SCORED) {
      if (telling.has(word)) add(language, 3);
      else if (common.has(word)) add(language, 1);
    }
  }
  for (const [pattern, language] of LATIN_LETTERS) add(language, 3 * Math.min(count(text, pattern), 2));
  // English wins ties: it is the language we fall back to anyway.
  let best: Latin = 'en';
  for (const [language, score] of scores) if (score > (scores.get(best) ?? 0)) best = language;
  return best;
}

const WRITABLE_LATIN = { en: 'en', es: 'es', fr: 'fr', de: 'de' } as const satisfies Partial<Record<Latin, Language>>;

function isWritable(language: Latin): language is keyof typeof WRITABLE_LATIN {
  return language in WRITABLE_LATIN;
}

/**
 * Kana means Japanese even among kanji, hangul means Korean, ideographs alone
 * mean Chinese; Latin text is told apart by its function words and letters.
 * One ideograph carries about as much as one Latin word, so "给妈妈的
 * birthday card" reads as Chinese while a stray 福 in English does not.
 */
export function detectLanguage(text: string): LanguageGuess {
  const kana = count(text, /[\p{Script=Hiragana}\p{Script=Katakana}]/gu);
  const hangul = count(text, /\p{Script=Hangul}/gu);
  const han = count(text, /\p{Script=Han}/gu);
  const latinWords = count(text, /\p{Script=Latin}+/gu);
  if (kana > 0 && kana + han >= latinWords) return { language: 'ja', fallback: null };
  if (hangul > 0 && hangul >= latinWords) return { language: 'ko', fallback: null };
  if (han > 0 && han >= latinWords) return { language: 'zh', fallback: null };

  let other: { name: string; letters: number } | null = null;
  for (const [pattern, name] of OTHER_SCRIPTS) {
    const letters = count(text, pattern);
    if (letters > (other?.letters ?? 0)) other = { name, letters };
  }
  // A few words in another script ("Привет" in an English sentence) do not make the card Russian.
  if (other !== null && other.letters >= latinWords * 2) return { language: 'en', fallback: other.name };

  const latin = latinLanguage(text);
  return isWritable(latin) ? { language: WRITABLE_LATIN[latin], fallback: null } : { language: 'en', fallback: latin };
}
