import { isIP } from 'node:net';
import { z } from 'zod';

/**
 * Who may call the API (SECURITY.md). Parsed by config.ts, the only reader of
 * process.env.
 *
 * `keys`: every postcard route needs an API key (`npm run keys`); the default
 * with NODE_ENV=production. `open`: every request is the user `anonymous`, so
 * the quick start needs no keys; the default otherwise. Open mode exposes
 * everything to whoever can connect, so it listens on loopback only unless
 * AUTH_MODE=open is written out.
 */

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const AUTH_MODES = ['keys', 'open'] as const;
export type AuthMode = (typeof AUTH_MODES)[number];

export const AuthEnvShape = {
  AUTH_MODE: z.enum(AUTH_MODES).optional(),
  /** Signs preview/asset links and stream tokens; unset, a secret generated once and kept in PostgreSQL is used. */
  LINK_SIGNING_SECRET: z.string().min(32, 'must be at least 32 characters').max(512).optional(),
  /** How long a shared preview link works (0: until the secret changes). */
  PREVIEW_LINK_TTL_SECONDS: int(0, 10 * 365 * 86_400).default(0),
  /** How long a stream token (SSE/WebSocket in keys mode) works. */
  STREAM_TOKEN_TTL_SECONDS: int(30, 86_400).default(600),
};

type AuthEnv = z.output<z.ZodObject<typeof AuthEnvShape>> & { readonly NODE_ENV: string; readonly HOST: string };

export interface AuthSettings {
  readonly mode: AuthMode;
  /** True when AUTH_MODE was set rather than defaulted. */
  readonly explicit: boolean;
  readonly linkSigningSecret: string | undefined;
  readonly previewLinkTtlSeconds: number;
  readonly streamTokenTtlSeconds: number;
}

export function authSettings(e: AuthEnv): AuthSettings {
  return {
    mode: e.AUTH_MODE ?? (e.NODE_ENV === 'production' ? 'keys' : 'open'),
    explicit: e.AUTH_MODE !== undefined,
    linkSigningSecret: e.LINK_SIGNING_SECRET,
    previewLinkTtlSeconds: e.PREVIEW_LINK_TTL_SECONDS,
    streamTokenTtlSeconds: e.STREAM_TOKEN_TTL_SECONDS,
  };
}

/** Loopback names and addresses: what only this machine can reach. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  if (bare === 'localhost') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  return bare === '::1';
}

export function authProblems(e: AuthEnv): string[] {
  const settings = authSettings(e);
  if (settings.mode === 'open' && !settings.explicit && !isLoopback(e.HOST)) {
    return [
      `HOST: ${e.HOST} is reachable from other machines, and without AUTH_MODE the API is open (no keys). ` +
        'Set AUTH_MODE=keys and make a key with `npm run keys -- create --user NAME`, or write AUTH_MODE=open to expose it on purpose.',
    ];
  }
  return [];
}
