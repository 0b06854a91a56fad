/** The outcome of checking a model's answer: the value, or the problems to send back. */
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly string[] };

export const accept = <T>(value: T): Checked<T> => ({ ok: true, value });
export const reject = <T>(problems: readonly string[]): Checked<T> => ({ ok: false, problems });
