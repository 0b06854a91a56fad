import type { RequestHandler, Response } from 'express';
import { ForbiddenError, UnauthorizedError } from '../http/http-errors.js';
import type { AuthMode } from '../platform/config.js';
import type { KeyStore } from './key-store.js';
import { ANONYMOUS, can, type Principal, type Scope } from './principal.js';
import type { StreamTokens } from './signed-tokens.js';

export interface AuthDeps {
  readonly mode: AuthMode;
  readonly keys: Pick<KeyStore, 'authenticate' | 'reader'>;
  readonly streamTokens: StreamTokens;
}

/** Each request's caller, keyed by its response (typed, unlike res.locals, and gone with it). */
const principals = new WeakMap<Response, Principal>();

/** The caller of this request, as `authenticate` found it. */
export function principalOf(res: Response): Principal {
  const principal = principals.get(res);
  // Reaching a route without `authenticate` in front of it is a wiring bug, never a client's doing.
  if (principal === undefined) throw new Error('no principal: the route is not behind authenticate()');
  return principal;
}

const bearer = (header: string | undefined): string | undefined => {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
};

/**
 * Finds the caller: in open mode everyone is `anonymous`; in keys mode an
 * API key in `Authorization: Bearer`, or, where `streams` is set (SSE and
 * WebSocket, which a browser cannot give headers), a stream token in the
 * `token` query parameter. 401 otherwise, before any work or any read.
 */
export async function findPrincipal(
  deps: AuthDeps,
  request: { readonly authorization: string | undefined; readonly token: string | undefined },
  streams: boolean,
): Promise<Principal> {
  if (deps.mode === 'open') return ANONYMOUS;
  const key = bearer(request.authorization);
  if (key !== undefined) {
    const principal = await deps.keys.authenticate(key);
    if (principal === null) throw new UnauthorizedError('The API key is not valid: unknown, revoked or expired.');
    return principal;
  }
  if (streams && request.token !== undefined) {
    const userId = deps.streamTokens.verify(request.token);
    const principal = userId === null ? null : await deps.keys.reader(userId);
    if (principal === null) throw new UnauthorizedError('The stream token is not valid or has expired; ask POST /api/v1/stream-tokens for a new one.');
    return principal;
  }
  throw new UnauthorizedError(
    streams
      ? 'An API key (Authorization: Bearer pk_…) or a stream token (?token=…, from POST /api/v1/stream-tokens) is required.'
      : 'An API key is required: Authorization: Bearer pk_live_…',
  );
}

export function authenticate(deps: AuthDeps, options: { readonly streams?: boolean } = {}): RequestHandler {
  return async (req, res, next) => {
    const token = typeof req.query['token'] === 'string' ? req.query['token'] : undefined;
    principals.set(res, await findPrincipal(deps, { authorization: req.get('Authorization'), token }, options.streams === true));
    next();
  };
}

/** 403 unless the caller's key has `scope` (or `admin`). */
export function requireScope(scope: Scope): RequestHandler {
  return (_req, res, next) => {
    if (!can(principalOf(res), scope)) throw new ForbiddenError('insufficient_scope', `This API key lacks the ${scope} scope.`);
    next();
  };
}
