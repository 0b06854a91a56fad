import { parseArgs } from 'node:util';
import { createKeyStore, type KeyStore } from '../auth/key-store.js';
import { KeyIdParamsSchema, NewKeyBodySchema, presentKey } from '../auth/key-requests.js';
import { loadConfig } from '../platform/config.js';
import { createDb } from '../platform/db.js';

/**
 * `npm run keys -- create --user NAME [--scopes postcards:write,postcards:read] [--expires 30d] [--test] [--json]`
 * `npm run keys -- list [--user NAME] [--json]`
 * `npm run keys -- revoke ID`
 * Manages API keys straight in PostgreSQL (DATABASE_URL), for the operator who
 * holds the database; the admin API does the same over HTTP.
 */

const USAGE = `usage:
  npm run keys -- create --user <name> [--scopes <scope,scope>] [--expires <30d|12h|ISO date>] [--test] [--json]
  npm run keys -- list [--user <name>] [--json]
  npm run keys -- revoke <key id>`;

class UsageError extends Error {}

async function create(keys: KeyStore, values: Record<string, string | boolean | undefined>): Promise<string> {
  const parsed = NewKeyBodySchema.safeParse({
    user: values['user'],
    ...(typeof values['scopes'] === 'string' ? { scopes: values['scopes'].split(',').map((s) => s.trim()).filter((s) => s !== '') } : {}),
    ...(typeof values['expires'] === 'string' ? { expires: values['expires'] } : {}),
    kind: values['test'] === true ? 'test' : 'live',
  });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => `--${String(i.path[0] ?? '')}: ${i.message}`).join('\n'));
  const made = await keys.createKey({ user: parsed.data.user, scopes: parsed.data.scopes, kind: parsed.data.kind, expiresAt: parsed.data.expires });
  if (values['json'] === true) return JSON.stringify({ id: made.id, key: made.key, user: made.user.name, scopes: made.scopes, expires_at: made.expiresAt?.toISOString() ?? null });
  return [
    `key ${made.id} for ${made.user.name} (${made.scopes.join(', ')})${made.expiresAt === null ? '' : `, expires ${made.expiresAt.toISOString()}`}:`,
    '',
    `  ${made.key}`,
    '',
    'It is shown only now: store it in your secret manager. Send it as Authorization: Bearer <key>.',
  ].join('\n');
}

async function list(keys: KeyStore, values: Record<string, string | boolean | undefined>): Promise<string> {
  const name = values['user'];
  const user = typeof name === 'string' ? await keys.findUser(name) : undefined;
  if (user === null) throw new UsageError(`no user named ${String(name)}`);
  const found = (await keys.listKeys(user === undefined ? {} : { userId: user.id })).map(presentKey);
  if (values['json'] === true) return JSON.stringify(found);
  if (found.length === 0) return 'no keys';
  return found
    .map((k) => `${k.id}  ${k.hint}  ${k.user}  ${k.scopes.join(',')}  ${k.revoked_at === null ? (k.expires_at === null ? 'active' : `until ${k.expires_at}`) : `revoked ${k.revoked_at}`}  last used ${k.last_used_at ?? 'never'}`)
    .join('\n');
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { user: { type: 'string' }, scopes: { type: 'string' }, expires: { type: 'string' }, test: { type: 'boolean' }, json: { type: 'boolean' } },
  });
  const [command, id] = positionals;
  const config = loadConfig(process.env);
  const db = createDb({ url: config.databaseUrl, poolSize: 2 });
  const keys = createKeyStore(db, () => undefined);
  try {
    if (command === 'create') process.stdout.write(`${await create(keys, values)}\n`);
    else if (command === 'list') process.stdout.write(`${await list(keys, values)}\n`);
    else if (command === 'revoke') {
      const parsed = KeyIdParamsSchema.safeParse({ id });
      if (!parsed.success) throw new UsageError(`revoke: ${parsed.error.issues[0]?.message ?? 'a key id is required'}`);
      if (!(await keys.revokeKey(parsed.data.id))) throw new UsageError(`no key ${parsed.data.id}`);
      process.stdout.write(`revoked ${parsed.data.id}\n`);
    } else throw new UsageError(USAGE);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error instanceof UsageError ? 64 : 1);
  },
);
