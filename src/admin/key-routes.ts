import { Router } from 'express';
import type { KeyStore } from '../auth/key-store.js';
import { KeyIdParamsSchema, NewKeyBodySchema, presentKey } from '../auth/key-requests.js';
import { NotFoundError } from '../http/http-errors.js';
import { parseRequest } from '../http/validate.js';
import { z } from 'zod';

const ListKeysQuerySchema = z.strictObject({ user: z.string().max(128).optional() });

/**
 * The admin API for keys, mounted at /api/v1/admin/keys behind the operator
 * gate (admin credentials or an admin-scoped key). A new key is in the
 * response once; afterwards only its hint is shown.
 */
export function createKeyRouter(keys: KeyStore): Router {
  const router = Router();

  router.post('/', async (req, res) => {
    const body = parseRequest(NewKeyBodySchema, req.body, 'body');
    const made = await keys.createKey({ user: body.user, scopes: body.scopes, kind: body.kind, expiresAt: body.expires });
    res.status(201).json({ ...presentKey(made), key: made.key });
  });

  router.get('/', async (req, res) => {
    const { user } = parseRequest(ListKeysQuerySchema, req.query, 'query');
    const owner = user === undefined ? undefined : await keys.findUser(user);
    if (owner === null) throw new NotFoundError(`No user ${user ?? ''}`);
    res.json({ items: (await keys.listKeys(owner === undefined ? {} : { userId: owner.id })).map(presentKey) });
  });

  router.delete('/:id', async (req, res) => {
    const { id } = parseRequest(KeyIdParamsSchema, req.params, 'params');
    if (!(await keys.revokeKey(id))) throw new NotFoundError(`No key ${id}`);
    res.json({ id, revoked: true });
  });

  return router;
}
