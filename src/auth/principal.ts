import { ANONYMOUS_USER_ID } from '../store/postcard-types.js';

/** What an API key may do. `admin` covers everything, including other users' postcards. */
export const SCOPES = ['postcards:write', 'postcards:read', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

/** Who is calling: a user, through one of their keys (or nobody in particular, in open mode). */
export interface Principal {
  readonly userId: string;
  readonly userName: string;
  /** The API key's id; null in open mode and for stream tokens and admin credentials. */
  readonly keyId: string | null;
  readonly scopes: ReadonlySet<Scope>;
}

export const can = (principal: Principal, scope: Scope): boolean => principal.scopes.has('admin') || principal.scopes.has(scope);
export const isAdmin = (principal: Principal): boolean => principal.scopes.has('admin');

/** Every request of AUTH_MODE=open: the built-in `anonymous` user, who may make and read postcards but not administer. */
export const ANONYMOUS: Principal = {
  userId: ANONYMOUS_USER_ID,
  userName: 'anonymous',
  keyId: null,
  scopes: new Set<Scope>(['postcards:write', 'postcards:read']),
};
