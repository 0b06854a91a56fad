import { isUuidText, type Db } from '../platform/db.js';
import { generateApiKey, hashApiKey, looksLikeApiKey, type KeyKind } from './api-key-format.js';
import { SCOPES, type Principal, type Scope } from './principal.js';

export interface UserRecord {
  readonly id: string;
  readonly name: string;
  readonly createdAt: Date;
}

/** A key as listed: never the key itself, which only its creator saw once. */
export interface ApiKeyRecord {
  readonly id: string;
  readonly user: UserRecord;
  readonly hint: string;
  readonly scopes: readonly Scope[];
  readonly createdAt: Date;
  readonly expiresAt: Date | null;
  readonly lastUsedAt: Date | null;
  readonly revokedAt: Date | null;
}

export interface NewKeyRequest {
  /** The user's name; the user is made if it does not exist. */
  readonly user: string;
  readonly scopes: readonly Scope[];
  readonly kind: KeyKind;
  readonly expiresAt: Date | null;
}

export interface KeyStore {
  createKey(request: NewKeyRequest): Promise<ApiKeyRecord & { readonly key: string }>;
  listKeys(filter?: { readonly userId?: string }): Promise<ApiKeyRecord[]>;
  /** Revokes a key at once; false when no such key. */
  revokeKey(id: string): Promise<boolean>;
  /** The principal a key stands for, or null when it is unknown, revoked or expired. */
  authenticate(key: string): Promise<Principal | null>;
  /** A user's read-only principal (stream tokens), or null when the user is gone. */
  reader(userId: string): Promise<Principal | null>;
  findUser(nameOrId: string): Promise<UserRecord | null>;
  /** The secret that signs links and stream tokens, made by the migration and shared by every process. */
  signingSecret(): Promise<string>;
}

/** lastUsedAt is written at most this often per key, so busy keys do not turn every request into a write. */
const TOUCH_EVERY_MS = 60_000;

const scopesOf = (stored: readonly string[]): Scope[] => SCOPES.filter((scope) => stored.includes(scope));

export function createKeyStore(db: Db, onTouchError: (error: unknown) => void, now: () => Date = () => new Date()): KeyStore {
  const toRecord = (row: {
    id: string;
    hint: string;
    scopes: string[];
    createdAt: Date;
    expiresAt: Date | null;
    lastUsedAt: Date | null;
    revokedAt: Date | null;
    user: UserRecord;
  }): ApiKeyRecord => ({
    id: row.id,
    user: { id: row.user.id, name: row.user.name, createdAt: row.user.createdAt },
    hint: row.hint,
    scopes: scopesOf(row.scopes),
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
  });

  return {
    async createKey({ user, scopes, kind, expiresAt }) {
      const made = generateApiKey(kind);
      const owner = await db.user.upsert({ where: { name: user }, create: { name: user }, update: {} });
      const row = await db.apiKey.create({
        data: { id: `key_${made.hash.slice(0, 16)}`, userId: owner.id, hash: made.hash, hint: made.hint, scopes: [...new Set(scopes)], expiresAt },
        include: { user: true },
      });
      return { ...toRecord(row), key: made.key };
    },

    listKeys: async (filter = {}) =>
      (
        await db.apiKey.findMany({
          where: filter.userId === undefined ? {} : { userId: filter.userId },
          include: { user: true },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        })
      ).map(toRecord),

    async revokeKey(id) {
      return (await db.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now() } })).count > 0 ||
        (await db.apiKey.count({ where: { id } })) > 0;
    },

    async authenticate(key) {
      if (!looksLikeApiKey(key)) return null;
      const row = await db.apiKey.findUnique({ where: { hash: hashApiKey(key) }, include: { user: true } });
      const at = now();
      if (row === null || row.revokedAt !== null || (row.expiresAt !== null && row.expiresAt <= at)) return null;
      if (row.lastUsedAt === null || at.getTime() - row.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
        // Not awaited: the request must not wait for, or fail on, bookkeeping.
        db.apiKey
          .updateMany({ where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(at.getTime() - TOUCH_EVERY_MS) } }] }, data: { lastUsedAt: at } })
          .catch(onTouchError);
      }
      return { userId: row.user.id, userName: row.user.name, keyId: row.id, scopes: new Set(scopesOf(row.scopes)) };
    },

    async reader(userId) {
      if (!isUuidText(userId)) return null;
      const user = await db.user.findUnique({ where: { id: userId } });
      return user === null ? null : { userId: user.id, userName: user.name, keyId: null, scopes: new Set<Scope>(['postcards:read']) };
    },

    findUser: (nameOrId) => db.user.findFirst({ where: isUuidText(nameOrId) ? { OR: [{ id: nameOrId }, { name: nameOrId }] } : { name: nameOrId } }),

    async signingSecret() {
      const row = await db.serviceSecret.findUnique({ where: { name: 'link_signing' } });
      if (row === null) throw new Error('service_secrets has no link_signing row: run the migrations (npm run db:migrate)');
      return row.value;
    },
  };
}

/** For the operator surfaces' guard: whether a bearer token is an admin-scoped API key. */
export function adminKeyCheck(keys: Pick<KeyStore, 'authenticate'>): (bearer: string) => Promise<boolean> {
  return async (bearer) => (await keys.authenticate(bearer))?.scopes.has('admin') === true;
}
