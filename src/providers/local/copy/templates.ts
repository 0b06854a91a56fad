import type { CopyContext, Line } from './copy-types.js';

/**
 * Copy written as templates, so the data stays readable (French and German):
 * `{form one|form two|…}` picks the form of address the request calls for,
 * and `[slot]` puts in the request's words; a line whose slot is empty
 * returns null, and the engine picks another.
 */
export type Slot = (c: CopyContext) => string | null;

export interface TemplateLanguage<S extends string> {
  /** How many forms each `{…|…}` alternative has, and which one this request takes. */
  readonly forms: number;
  readonly form: (c: CopyContext) => number;
  readonly slots: Readonly<Record<S, Slot>>;
  /** Applied once to the template text (French spacing). */
  readonly typography?: (text: string) => string;
}

export const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A positive age, or null. */
export const positive = (n: number | null): number | null => (n !== null && n > 0 ? n : null);

/**
 * The language's `t(template)`. A malformed template (an alternative with
 * the wrong number of forms, an unknown slot) is left as written, so the
 * tests see the brace.
 */
export function templateLines<S extends string>(language: TemplateLanguage<S>): (template: string) => Line {
  const isSlot = (key: string): key is S => Object.hasOwn(language.slots, key);
  const fill = (template: string, c: CopyContext): string | null => {
    const form = language.form(c);
    const chosen = template.replace(/\{([^{}]*)\}/g, (whole, body: string) => {
      const forms = body.split('|');
      return forms.length === language.forms ? (forms[form] ?? whole) : whole;
    });
    let missing = false;
    const filled = chosen.replace(/\[([^[\]]+)\]/g, (whole, key: string) => {
      if (!isSlot(key)) return whole;
      const value = language.slots[key](c);
      if (value === null || value.length === 0) missing = true;
      return value ?? '';
    });
    return missing ? null : capitalised(filled);
  };
  return (template) => {
    const text = language.typography?.(template) ?? template;
    return /[{[]/.test(text) ? (c) => fill(text, c) : text;
  };
}
