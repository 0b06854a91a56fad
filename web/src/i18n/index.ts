import { computed, ref, type ComputedRef, type Ref } from 'vue';
import { en, type MessageKey } from './en';
import { formatDuration, interpolate, preferredLanguage, type Language, type Params } from './format';
import { zh } from './zh';

const MESSAGES = { en, zh } as const satisfies Record<Language, Record<MessageKey, string>>;
const HTML_LANG = { en: 'en', zh: 'zh-CN' } as const satisfies Record<Language, string>;
const STORAGE_KEY = 'postcard-studio.lang';

export interface I18n {
  readonly lang: Readonly<Ref<Language>>;
  /** The message in the current language, with `{name}` replaced from params. */
  t(key: MessageKey, params?: Params): string;
  setLang(lang: Language): void;
  /** Formats a USD amount and a duration for the current language. */
  readonly format: ComputedRef<{ usd(value: number): string; duration(ms: number): string }>;
}

/** The UI language: chosen once from the browser, switchable, remembered in `storage`, mirrored on <html lang>. */
export function createI18n(storage: Pick<Storage, 'getItem' | 'setItem'>, browserLanguages: readonly string[], root: HTMLElement): I18n {
  const stored = storage.getItem(STORAGE_KEY);
  const lang = ref<Language>(stored === 'en' || stored === 'zh' ? stored : preferredLanguage(browserLanguages));
  const apply = () => {
    root.lang = HTML_LANG[lang.value];
  };
  apply();
  const t = (key: MessageKey, params?: Params) => interpolate(MESSAGES[lang.value][key], params);
  return {
    lang,
    t,
    setLang(next) {
      lang.value = next;
      storage.setItem(STORAGE_KEY, next);
      apply();
    },
    format: computed(() => {
      const locale = HTML_LANG[lang.value];
      const usd = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', maximumSignificantDigits: 3 });
      return {
        usd: (value: number) => usd.format(value),
        duration: (ms: number) => formatDuration(ms, (key, params) => interpolate(MESSAGES[lang.value][key], params)),
      };
    }),
  };
}
