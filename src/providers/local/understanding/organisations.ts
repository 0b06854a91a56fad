import { foldText } from './text.js';

/**
 * Company names in a request ("Müller & Söhne", "Smith & Sons", "Baker & Co.",
 * "Acme GmbH", "everyone at Northwind"): their words are neither the
 * recipient's name nor a relation nor a place, so "Happy holidays from all of
 * us at Smith & Sons" is not a travel card to a son called Sons.
 */

const CAPITALISED = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
/** Capitalised words joined by spaces or one ampersand: "Smith", "Baker Hughes", "Procter & Gamble". */
const NAME = String.raw`${CAPITALISED}(?:\s+${CAPITALISED})*(?:\s*&\s*${CAPITALISED}(?:\s+${CAPITALISED})*)?`;
/** What only a firm's name ends with. */
const FIRM_ENDING = String.raw`(?:\s*&\s*(?:Sons|Söhne|Sohn|Co\.?|Cie\.?|Company|Partners|Associates|Brothers|Bros\.?|Hijos|Fils|Figli)|\s+(?:GmbH|AG|KG|Inc\.?|Ltd\.?|LLC|LLP|PLC|Corp\.?|S\.A\.|S\.L\.|SARL|B\.V\.))`;

/** "Müller & Söhne", "Acme Corp.", "Baker & Co.": a name ending the way firms' names do. */
const FIRM = new RegExp(String.raw`${CAPITALISED}(?:\s+${CAPITALISED})*${FIRM_ENDING}(?![\p{L}])`, 'gu');

/** "all of us at X", "everyone at X", "our partners at X" (folded text): X is where people work, not a place visited. */
const WORKPLACE_LEAD =
  /\b(?:all of us|everyone|everybody|the (?:whole )?team|the staff|the folks|our (?:friends|partners|colleagues|clients|customers)|colleagues|partners|clients|customers)\s+(?:at|from)\s+/gu;
/** The capitalised name right after the lead, in the prompt as written. */
const NAME_HERE = new RegExp(NAME, 'uy');

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
