import { z } from 'zod';
import { KEY_KINDS } from './api-key-format.js';
import type { ApiKeyRecord } from './key-store.js';
import { SCOPES, type Scope } from './principal.js';

/** `30d`, `12h`, `45m` or an ISO date: when a new key stops working. */
export function parseExpiry(value: string, now: Date = new Date()): Date | null {
  const relative = /^(\d{1,5})([dhm])$/.exec(value.trim());
  if (relative !== null) {
    const unit = { d: 86_400_000, h: 3_600_000, m: 60_000 }[relative[2] as 'd' | 'h' | 'm'];
    return new Date(now.getTime() + Number(relative[1]) * unit);
  }
  const at = /^\d{4}-\d{2}-\d{2}/.test(value) ? new Date(value) : new Date(Number.NaN);
  return Number.isNaN(at.getTime()) || at <= now ? null : at;
}

export const DEFAULT_SCOPES: readonly Scope[] = ['postcards:write', 'postcards:read'];

/** A new key, as the admin API's body and the CLI's flags give it. */
export const NewKeyBodySchema = z.strictObject({
  user: z
    .string({ error: 'is required' })
    .trim()
    .regex(/^[A-Za-z0-9._@-]{1,128}$/, 'letters, digits and . _ @ - only (1-128)'),
  scopes: z.array(z.enum(SCOPES, { error: `each must be one of ${SCOPES.join(', ')}` })).min(1, 'must name at least one scope').default([...DEFAULT_SCOPES]),
  expires: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) return null;
      const at = parseExpiry(value);
      if (at === null) ctx.addIssue({ code: 'custom', message: 'must be like 30d, 12h, 45m or a future ISO date' });
      return at;
    }),
  kind: z.enum(KEY_KINDS, { error: 'must be live or test' }).default('live'),
});

export const KeyIdParamsSchema = z.object({ id: z.string().regex(/^key_[0-9a-f]{16}$/, 'must be a key id (key_…)') });

/** A key as the admin API and `npm run keys -- list --json` show it. */
export function presentKey(record: ApiKeyRecord) {
  const iso = (d: Date | null) => (d === null ? null : d.toISOString());
  return {
    id: record.id,
    user: record.user.name,
    user_id: record.user.id,
    hint: record.hint,
    scopes: [...record.scopes],
    created_at: record.createdAt.toISOString(),
    expires_at: iso(record.expiresAt),
    last_used_at: iso(record.lastUsedAt),
    revoked_at: iso(record.revokedAt),
  };
}
