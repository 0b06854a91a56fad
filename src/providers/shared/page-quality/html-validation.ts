import { HtmlValidate } from 'html-validate';

/** The presets every page is held to; the acceptance criteria name these three. */
export const HTML_VALIDATE_PRESETS = ['html-validate:standard', 'html-validate:a11y', 'html-validate:document'] as const;

/**
 * Rule errors worth one repair round: the document's structure is broken (the
 * browser will repair it in ways the model did not intend), or a reader with
 * assistive technology cannot reach or operate the card. The rest (style of
 * markup, inline styles, deprecated-but-working attributes) is recorded only:
 * a model is not sent back over it, which would cost a request and risk a worse page.
 */
export const SERIOUS_RULES: ReadonlySet<string> = new Set([
  'parser-error',
  'close-order',
  'close-attr',
  'no-dup-attr',
  'no-dup-id',
  'element-permitted-content',
  'element-permitted-occurrences',
  'element-permitted-parent',
  'element-required-content',
  'element-required-ancestor',
  'void-content',
  'wcag/h30',
  'wcag/h32',
  'wcag/h36',
  'wcag/h37',
  'wcag/h67',
  'area-alt',
  'aria-hidden-body',
  'hidden-focusable',
  'input-missing-label',
  'no-missing-references',
  'prefer-native-element',
  'text-content',
]);

export interface HtmlValidateMessage {
  readonly rule: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

export interface HtmlValidation {
  /** Every rule error, in document order. */
  readonly errors: readonly HtmlValidateMessage[];
  /** The errors of SERIOUS_RULES. */
  readonly serious: readonly HtmlValidateMessage[];
}

let validator: HtmlValidate | undefined;

/** Built on first use (not at import): loading the presets' rule set takes a moment. */
function shared(): HtmlValidate {
  validator ??= new HtmlValidate({ extends: [...HTML_VALIDATE_PRESETS] });
  return validator;
}

/** html-validate's errors for one page; warnings are not counted. */
export function validateHtml(html: string): HtmlValidation {
  const report = shared().validateStringSync(html);
  const errors = report.results
    .flatMap((result) => result.messages)
    .filter((m) => m.severity === 2)
    .map((m) => ({ rule: m.ruleId, message: m.message, line: m.line, column: m.column }));
  return { errors, serious: errors.filter((e) => SERIOUS_RULES.has(e.rule)) };
}
