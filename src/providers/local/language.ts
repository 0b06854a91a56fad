import type { Language } from '../contracts.js';

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /\p{Script=Latin}+/gu;

/** True when the text contains at least one CJK ideograph. */
export function containsHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

/**
 * 'zh' when CJK ideographs make up a reasonable share of the prompt, else 'en'.
 * One ideograph carries roughly as much meaning as one English word, so we
 * compare ideographs with Latin words rather than with Latin letters: "给妈妈的
 * birthday card" reads as Chinese, while a stray 福 in an English sentence does not.
 */
export function detectLanguage(prompt: string): Language {
  const han = prompt.match(HAN)?.length ?? 0;
  if (han === 0) return 'en';
  const latinWords = prompt.match(LATIN_WORD)?.length ?? 0;
  return han >= latinWords ? 'zh' : 'en';
}
