import type { Language } from '../../contracts.js';

/** The page's own words (the flip control, the postcard back's printed labels), per card language. */
export interface UiText {
  /** BCP 47 tag for `<html lang>`; Chinese cards are written in simplified Chinese. */
  readonly htmlLang: string;
  /** The flip button's text while the front is shown. */
  readonly turnOver: string;
  /** The same button's text once the card shows its back. */
  readonly turnBack: string;
  /** Printed on a postcard back, above the message. */
  readonly postcard: string;
  /** Stamped on the postmark when the card names no place. */
  readonly airMail: string;
  /** The address line's label. */
  readonly to: string;
}

export const UI_TEXT = {
  zh: { htmlLang: 'zh-CN', turnOver: '翻到背面', turnBack: '翻回正面', postcard: '明信片', airMail: '航空', to: '致' },
  en: { htmlLang: 'en', turnOver: 'Turn over', turnBack: 'Turn back', postcard: 'Post card', airMail: 'Air mail', to: 'To' },
  ja: { htmlLang: 'ja', turnOver: '裏返す', turnBack: '表に戻す', postcard: '郵便はがき', airMail: 'エアメール', to: '宛先' },
  ko: { htmlLang: 'ko', turnOver: '뒤집어 보기', turnBack: '앞면으로', postcard: '우편엽서', airMail: '항공우편', to: '받는 사람' },
  es: { htmlLang: 'es', turnOver: 'Dar la vuelta', turnBack: 'Volver al frente', postcard: 'Tarjeta postal', airMail: 'Por avión', to: 'Para' },
  fr: { htmlLang: 'fr', turnOver: 'Retourner', turnBack: 'Revenir au recto', postcard: 'Carte postale', airMail: 'Par avion', to: 'À' },
  de: { htmlLang: 'de', turnOver: 'Umdrehen', turnBack: 'Zurückdrehen', postcard: 'Postkarte', airMail: 'Luftpost', to: 'An' },
} as const satisfies Record<Language, UiText>;

export function uiText(language: Language): UiText {
  return UI_TEXT[language];
}
