/**
 * The outcome of checking a model's answer: the value, or the problems to send
 * back. A usable value may carry advice: faults worth one repair round that
 * would not justify rejecting the answer.
 */
export type Checked<T> =
  | { readonly ok: true; readonly value: T; readonly advice?: readonly string[] }
  | { readonly ok: false; readonly problems: readonly string[] };

export const accept = <T>(value: T, advice: readonly string[] = []): Checked<T> => (advice.length === 0 ? { ok: true, value } : { ok: true, value, advice });
export const reject = <T>(problems: readonly string[]): Checked<T> => ({ ok: false, problems });
