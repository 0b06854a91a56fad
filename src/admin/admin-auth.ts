import { timingSafeEqual, createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Request, RequestHandler } from 'express';
import type { ErrorBody } from '../http/error-body.js';
import type { LoginThrottle } from './login-throttle.js';

export interface AdminCredentials {
  readonly user: string | undefined;
  readonly password: string | undefined;
  readonly token: string | undefined;
}

/**
 * What guards the operator surfaces (Bull Board, /metrics, /api/v1/stats, the
 * details of /readyz). Built once per process by the composition root and
 * shared, so that one throttle counts wrong credentials across all of them.
 */
export interface AdminAuthDeps {
  readonly credentials: AdminCredentials;
  /**
   * The deployment is open to whoever can connect and only this machine can
   * (open mode on loopback). Without admin credentials configured, operator
   * surfaces then answer everyone; with them, they are required as anywhere.
   */
  readonly operatorOpen: boolean;
  /** Whether a bearer token is an API key with the admin scope; absent, only ADMIN_TOKEN is a valid bearer. */
  readonly adminKey?: (bearer: string) => Promise<boolean>;
  readonly throttle: LoginThrottle;
}

/** `anonymous`: no credentials sent; `denied`: wrong ones (counted by the throttle). */
export type AdminVerdict =
  | { readonly kind: 'admin' }
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'denied' }
  | { readonly kind: 'throttled'; readonly retryAfterSeconds: number };

/** A refused operator request, as status, headers and the usual error body. */
export interface AdminRefusal {
  readonly status: 401 | 429;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: ErrorBody;
}

/** Compares secrets in constant time; hashing first makes the lengths equal. */
function same(a: string, b: string): boolean {
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}

export function hasAdminCredentials(credentials: AdminCredentials): boolean {
  return credentials.token !== undefined || (credentials.user !== undefined && credentials.password !== undefined);
}

/** HTTP Basic (ADMIN_USER/ADMIN_PASSWORD), or a bearer that is ADMIN_TOKEN or an admin-scoped API key. */
async function credentialsValid(deps: AdminAuthDeps, authorization: string): Promise<boolean> {
  const { credentials } = deps;
  const [scheme = '', value = ''] = authorization.split(' ', 2);
  if (scheme.toLowerCase() === 'bearer' && value !== '') {
    if (credentials.token !== undefined && same(value, credentials.token)) return true;
    return deps.adminKey === undefined ? false : deps.adminKey(value);
  }
  if (scheme.toLowerCase() === 'basic' && credentials.user !== undefined && credentials.password !== undefined) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const at = decoded.indexOf(':');
    return at > 0 && same(decoded.slice(0, at), credentials.user) && same(decoded.slice(at + 1), credentials.password);
  }
  return false;
}

/**
 * Whether `authorization` from `client` is an admin. A client that sent too
 * many wrong credentials is refused before its credentials are even looked
 * at, so that a right guess inside the block teaches it nothing.
 */
export async function adminVerdict(deps: AdminAuthDeps, authorization: string | undefined, client: string): Promise<AdminVerdict> {
  if (deps.operatorOpen && !hasAdminCredentials(deps.credentials)) return { kind: 'admin' };
  const blockedMs = deps.throttle.blockedForMs(client);
  if (blockedMs > 0) return { kind: 'throttled', retryAfterSeconds: Math.ceil(blockedMs / 1000) };
  if (authorization === undefined || authorization === '') return { kind: 'anonymous' };
  if (await credentialsValid(deps, authorization)) return { kind: 'admin' };
  deps.throttle.fail(client);
  return { kind: 'denied' };
}

/** The response for a verdict that is not `admin`; null for an admin. */
export function adminRefusal(verdict: AdminVerdict, credentials: AdminCredentials): AdminRefusal | null {
  switch (verdict.kind) {
    case 'admin':
      return null;
    case 'throttled':
      return {
        status: 429,
        headers: { 'Retry-After': String(verdict.retryAfterSeconds) },
        body: { error: { code: 'too_many_login_failures', message: `Too many wrong admin credentials from this address; try again in ${verdict.retryAfterSeconds} s.` } },
      };
    case 'anonymous':
    case 'denied': {
      // Offer the browser's login prompt only where Basic credentials can work.
      const challenge = credentials.user === undefined ? 'Bearer realm="postcard admin"' : 'Basic realm="postcard admin", charset="UTF-8"';
      return { status: 401, headers: { 'WWW-Authenticate': challenge }, body: { error: { code: 'unauthorized', message: 'Admin credentials required' } } };
    }
  }
}

/** The address the throttle counts: Express's `req.ip` honours TRUST_PROXY. */
function clientOf(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

/** Lets admins through; answers 401 or 429 JSON to everyone else. */
export function requireAdmin(deps: AdminAuthDeps): RequestHandler {
  return async (req, res, next) => {
    const refusal = adminRefusal(await adminVerdict(deps, req.get('Authorization'), clientOf(req)), deps.credentials);
    if (refusal === null) {
      next();
      return;
    }
    res.status(refusal.status).set(refusal.headers).json(refusal.body);
  };
}

/**
 * For pages that show admins more (readiness details) and refuse nobody:
 * wrong credentials still count. A check that fails (an API key looked up in
 * a database that is down) gives the anonymous view, after `failed`: readiness
 * must answer exactly when a dependency is down.
 */
export function isAdminRequest(deps: AdminAuthDeps, failed: (error: unknown) => void): (req: Request) => Promise<boolean> {
  return async (req) => {
    try {
      return (await adminVerdict(deps, req.get('Authorization'), clientOf(req))).kind === 'admin';
    } catch (error) {
      failed(error);
      return false;
    }
  };
}

/** The same guard for a plain Node HTTP server (a worker's metrics port); null lets the request through. */
export function nodeAdminGuard(deps: AdminAuthDeps): (req: IncomingMessage) => Promise<{ status: number; headers: Readonly<Record<string, string>>; body: string } | null> {
  return async (req) => {
    const refusal = adminRefusal(await adminVerdict(deps, req.headers.authorization, req.socket.remoteAddress ?? 'unknown'), deps.credentials);
    return refusal === null ? null : { status: refusal.status, headers: { ...refusal.headers, 'Content-Type': 'application/json' }, body: JSON.stringify(refusal.body) };
  };
}
