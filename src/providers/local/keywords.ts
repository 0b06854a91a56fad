/**
 * Keyword matching shared by occasion and motif detection.
 *
 * CJK keywords match as substrings (Chinese has no spaces); Latin ones match
 * whole words, plural allowed, and a trailing `*` marks a stem ("congrat*"
 * matches "congratulations"). Word edges look at Latin letters and digits only,
 * so "生日birthday" still matches "birthday".
 */
export function keywordPattern(keyword: string): RegExp {
  const isStem = keyword.endsWith('*');
  const word = (isStem ? keyword.slice(0, -1) : keyword).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (/\p{Script=Han}/u.test(word)) return new RegExp(word, 'u');
  const tail = isStem ? '[a-z]*' : '(?:s|es)?(?![a-z0-9])';
  return new RegExp(`(?<![a-z0-9])${word.replace(/ /g, '[\\s-]+')}${tail}`, 'i');
}

/**
 * A piece of text that every match of a keyword's pattern contains: its
 * longest run without spaces (spaces match any run of spaces and hyphens). A
 * prompt without it cannot match, so the regular expression need not run:
 * the understanding step tries hundreds of keywords on every prompt, and most
 * share no letters with it.
 */
export function requiredText(word: string): string {
  return word
    .replace(/\*$/, '')
    .split(' ')
    .reduce((longest, part) => (part.length > longest.length ? part : longest), '');
}

/** Where any of the patterns first matches in the text, or -1 when none does. */
export function firstMatch(text: string, patterns: readonly RegExp[]): number {
  let first = -1;
  for (const pattern of patterns) {
    const at = text.search(pattern);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}
