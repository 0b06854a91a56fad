import { HtmlValidate, StaticConfigLoader, type ConfigData, type MetaTable, type ResolvedConfig } from 'html-validate';

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

/**
 * html-validate's StaticConfigLoader resolves its configuration again on every
 * validation (rebuilding the element metadata table from the presets): about
 * 60% of the gate's time on a local postcard page. Our configuration never
 * changes, so it is resolved once per process and reused (a ResolvedConfig
 * is read-only to the engine; reused, it gave the same reports as a fresh
 * validator on every page tried).
 */
class ResolvedOnceConfigLoader extends StaticConfigLoader {
  private resolved: ResolvedConfig | undefined;

  override getConfigFor(handle: string, configOverride?: ConfigData): ResolvedConfig | Promise<ResolvedConfig> {
    if (configOverride !== undefined) return super.getConfigFor(handle, configOverride);
    if (this.resolved !== undefined) return this.resolved;
    const config = super.getConfigFor(handle);
    if (config instanceof Promise) return config.then((ready) => (this.resolved = withRememberedTagQueries(ready)));
    this.resolved = withRememberedTagQueries(config);
    return config;
  }

  override flushCache(): void {
    this.resolved = undefined;
  }

  override setConfig(config: ConfigData): void {
    this.resolved = undefined;
    super.setConfig(config);
  }
}

/**
 * Four of our rules (hidden-focusable, multiple-labeled-controls, wcag/h32,
 * wcag/h71) ask the element table which tags have a property, or derive from
 * a tag, on every page (h71 on every element); each answer scans all of the
 * table's elements (Object.entries of ~150): 0.3–0.4 ms of html-validate's
 * 2.1–2.7 ms on a local page. A table resolved once never changes, so each
 * answer is kept; callers get a copy, as they would a fresh array.
 */
function withRememberedTagQueries(config: ResolvedConfig): ResolvedConfig {
  const table: MetaTable = config.getMetaTable();
  const remember = <K extends string>(lookup: (key: K) => string[]): ((key: K) => string[]) => {
    const answers = new Map<K, readonly string[]>();
    return (key) => {
      let answer = answers.get(key);
      if (answer === undefined) {
        answer = lookup(key);
        answers.set(key, answer);
      }
      return [...answer];
    };
  };
  table.getTagsWithProperty = remember(table.getTagsWithProperty.bind(table));
  table.getTagsDerivedFrom = remember(table.getTagsDerivedFrom.bind(table));
  return config;
}

let validator: HtmlValidate | undefined;

/** Built on first use (not at import): loading the presets' rule set takes a moment. */
function shared(): HtmlValidate {
  validator ??= new HtmlValidate(new ResolvedOnceConfigLoader({ extends: [...HTML_VALIDATE_PRESETS] }));
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
