import { createHash, randomBytes } from 'node:crypto';

/**
 * `pk_live_` or `pk_test_`, then 43 characters of base64url (32 random bytes).
 * The typed prefix lets secret scanners and people recognise a key; test keys
 * are for staging and CI and can be told apart in logs and lists.
 */
export const KEY_KINDS = ['live', 'test'] as const;
export type KeyKind = (typeof KEY_KINDS)[number];

const KEY_SHAPE = /^pk_(live|test)_[A-Za-z0-9_-]{43}$/;

export interface NewApiKey {
  /** Shown once, never stored. */
  readonly key: string;
  /** sha256 (hex) of the key: what is stored and looked up. */
  readonly hash: string;
  /** The prefix and first characters, to recognise the key in a list. */
  readonly hint: string;
}

export function generateApiKey(kind: KeyKind): NewApiKey {
  const key = `pk_${kind}_${randomBytes(32).toString('base64url')}`;
  return { key, hash: hashApiKey(key), hint: `${key.slice(0, 12)}…` };
}

/**
 * A plain sha256 suffices: the key carries 256 random bits, so there is
 * nothing to brute-force, and a fast hash keeps the per-request lookup cheap.
 */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export const looksLikeApiKey = (value: string): boolean => KEY_SHAPE.test(value);
