import { foldText } from './text.js';

/**
 * Company names in a request ("Müller & Söhne", "Smith & Sons", "Baker & Co.",
 * "Acme GmbH", "everyone at Northwind"): their words are neither the
 * recipient's name nor a relation nor a place, so "Happy holidays from all of
 * us at Smith & Sons" is not a travel card to a son called Sons.
 */

/** Words that start a phrase, not a firm's name, even capitalised ("Card For Tom From Smith & Sons"). */
const NOT_FIRM_WORD = String.raw`(?:For|From|To|Dear|Happy|Merry|Love|With|And|The|At|Of|In|On|Our|My|Your|Card|Birthday|Christmas|Thanks?)\b`;
/** One capitalised word; no dots and no line breaks, so a match never runs over a sentence's end. */
const WORD = String.raw`(?!${NOT_FIRM_WORD})\p{Lu}[\p{L}\p{M}-]*`;
/** Up to four words, and one "& Partner" part: "Smith", "Baker Hughes", "Procter & Gamble". */
const NAME = String.raw`${WORD}(?:[ \t]+${WORD}){0,3}(?:[ \t]*&[ \t]*${WORD}(?:[ \t]+${WORD}){0,2})?`;
/**
 * What only a firm's name ends with. Not "& Co." or "& Sohn": people sign
 * "Anna & Co." for Anna and her friends, so those count only after "everyone at".
 */
const FIRM_ENDING = String.raw`(?:[ \t]*&[ \t]*(?:Sons|Söhne|Company|Partners|Associates|Brothers|Bros\.?)|[ \t]+(?:GmbH|AG|KG|Inc\.?|Ltd\.?|LLC|LLP|PLC|Corp\.?|S\.A\.|S\.L\.|SARL|B\.V\.))`;

/** "Müller & Söhne", "Acme Corp.", "Smith & Sons": a name ending the way firms' names do. */
const FIRM = new RegExp(String.raw`${WORD}(?:[ \t]+${WORD}){0,3}${FIRM_ENDING}(?![\p{L}])`, 'gu');

/** "all of us at X", "everyone at X", "our partners at X" (folded text): X is where people work, not a place visited. */
const WORKPLACE_LEAD =
  /\b(?:(?:all of us|everyone|everybody|the (?:whole )?team|the staff|the folks|our (?:friends|partners|colleagues|clients|customers))\s+(?:at|from)|(?:colleagues|partners|clients|customers)\s+at)\s+/gu;
/** The name right after the lead, in the prompt as written, with a firm's ending if it has one; not a person's ("Anna's party"). */
const NAME_HERE = new RegExp(String.raw`${NAME}(?:[ \t]*&[ \t]*(?:Co\.?|Cie\.?|Sohn|Fils|Hijos|Figli)|${FIRM_ENDING})?(?![\p{L}'’])`, 'uy');

export interface Span {
  readonly start: number;
  readonly end: number;
}

export function organisationSpans(prompt: string): Span[] {
  const spans: Span[] = [];
  for (const m of prompt.matchAll(FIRM)) spans.push({ start: m.index, end: m.index + m[0].length });
  for (const lead of foldText(prompt).matchAll(WORKPLACE_LEAD)) {
    NAME_HERE.lastIndex = lead.index + lead[0].length;
    const name = NAME_HERE.exec(prompt);
    if (name !== null) spans.push({ start: name.index, end: name.index + name[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The prompt with every organisation's name blanked (same length, so offsets still point at the same words). */
export function withoutOrganisations(prompt: string): string {
  let out = prompt;
  for (const { start, end } of organisationSpans(prompt)) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}
