import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Short HMAC-SHA256 signatures for capability links (preview and asset URLs
 * a user may share) and stream tokens (SSE and WebSocket, which cannot send
 * an Authorization header from a browser). Never the API key in a URL.
 */
export interface Signer {
  sign(purpose: string, subject: string, expiresAt: number): string;
  verify(purpose: string, subject: string, expiresAt: number, signature: string, now?: number): boolean;
}

export function createSigner(secret: string): Signer {
  const mac = (purpose: string, subject: string, expiresAt: number) =>
    createHmac('sha256', secret).update(`${purpose}\n${subject}\n${expiresAt}`).digest();
  return {
    sign: (purpose, subject, expiresAt) => mac(purpose, subject, expiresAt).toString('base64url'),
    verify(purpose, subject, expiresAt, signature, now = Date.now()) {
      if (expiresAt !== 0 && expiresAt * 1000 < now) return false;
      const given = Buffer.from(signature, 'base64url');
      const expected = mac(purpose, subject, expiresAt);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}

/** A stream token: `<user id>.<expiry, unix seconds>.<signature>`. */
export interface StreamTokens {
  issue(userId: string, now?: number): { readonly token: string; readonly expiresAt: Date };
  /** The user id, or null when the token is malformed, forged or expired. */
  verify(token: string, now?: number): string | null;
}

const STREAM = 'stream';

export function createStreamTokens(signer: Signer, ttlSeconds: number): StreamTokens {
  return {
    issue(userId, now = Date.now()) {
      const expiresAt = Math.floor(now / 1000) + ttlSeconds;
      return { token: `${userId}.${expiresAt}.${signer.sign(STREAM, userId, expiresAt)}`, expiresAt: new Date(expiresAt * 1000) };
    },
    verify(token, now = Date.now()) {
      const [userId = '', expiry = '', signature = '', ...rest] = token.split('.');
      const expiresAt = Number(expiry);
      if (rest.length > 0 || !/^[0-9a-f-]{36}$/.test(userId) || !Number.isSafeInteger(expiresAt) || expiresAt <= 0) return null;
      return signer.verify(STREAM, userId, expiresAt, signature, now) ? userId : null;
    },
  };
}
