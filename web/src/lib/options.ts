import { STRATEGIES, type Strategy } from '../api/types';
import type { MessageKey } from '../i18n/en';

export interface Option<V extends string> {
  /** Sent to the API as is, and the chip's data-value. */
  readonly value: V;
  readonly label: MessageKey;
}

/** Styles the providers understand in either language (the local provider's style words among them). */
export const STYLES = [
  { value: 'watercolor', label: 'style.watercolor' },
  { value: 'ink', label: 'style.ink' },
  { value: 'minimal', label: 'style.minimal' },
  { value: 'retro', label: 'style.retro' },
  { value: 'papercut', label: 'style.papercut' },
  { value: 'line art', label: 'style.line' },
] as const satisfies readonly Option<string>[];

export const THEMES = [
  { value: 'birthday', label: 'theme.birthday' },
  { value: 'thank you', label: 'theme.thanks' },
  { value: 'new year', label: 'theme.new-year' },
  { value: 'love', label: 'theme.love' },
  { value: 'congratulations', label: 'theme.congrats' },
  { value: 'get well', label: 'theme.get-well' },
  { value: 'travel', label: 'theme.travel' },
] as const satisfies readonly Option<string>[];

const STRATEGY_LABEL = {
  balanced: 'strategy.balanced',
  quality: 'strategy.quality',
  speed: 'strategy.speed',
  cost: 'strategy.cost',
} as const satisfies Record<Strategy, MessageKey>;

export const STRATEGY_OPTIONS: readonly Option<Strategy>[] = STRATEGIES.map((value) => ({ value, label: STRATEGY_LABEL[value] }));

export const EXAMPLES = ['example.1', 'example.2', 'example.3'] as const satisfies readonly MessageKey[];
