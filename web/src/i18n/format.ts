import type { MessageKey } from './en';

/** The pure half of the studio's i18n (no DOM), shared with the unit tests. */
export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Params = Readonly<Record<string, string | number>>;

/** The language a browser prefers, among ours: Chinese if it names any zh locale first, else English. */
export function preferredLanguage(languages: readonly string[]): Language {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'zh') return 'zh';
    if (base === 'en') return 'en';
  }
  return 'en';
}

export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** 850 ms, 4.2 s, 12 s, 2 min 5 s. */
export function formatDuration(ms: number, t: (key: MessageKey, params: Params) => string): string {
  if (ms < 1000) return t('time.ms', { n: Math.max(0, Math.round(ms)) });
  const seconds = ms / 1000;
  if (seconds < 10) return t('time.s', { n: seconds.toFixed(1) });
  if (seconds < 60) return t('time.s', { n: Math.round(seconds) });
  const whole = Math.round(seconds);
  return t('time.m', { m: Math.floor(whole / 60), s: whole % 60 });
}
