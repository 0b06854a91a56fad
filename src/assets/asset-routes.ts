import { Router } from 'express';
import { z } from 'zod';
import type { Db } from '../platform/db.js';
import { NotFoundError } from '../http/http-errors.js';
import { parseRequest } from '../http/validate.js';
import { findAsset } from '../pipeline/asset-store.js';

const AssetParamsSchema = z.object({ id: z.string().regex(/^[0-9a-f]{64}$/, 'must be an asset id (64 hex characters)') });

/** `allows`, in AUTH_MODE=keys: an image is served only through its signed link (the one in its postcard's page and status). */
export function createAssetRouter(db: Db, allows?: (assetId: string, query: Readonly<Record<string, unknown>>) => boolean): Router {
  const router = Router();
  router.get('/:id', async (req, res) => {
    const { id } = parseRequest(AssetParamsSchema, req.params, 'params');
    if (allows !== undefined && !allows(id, req.query)) throw new NotFoundError(`No asset with id ${id}`);
    const etag = `"${id}"`;
    // Content-addressed: the bytes behind an id never change, so clients and CDNs may keep them forever.
    const headers = {
      ETag: etag,
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      // An SVG opened directly must not run script.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      'Cross-Origin-Resource-Policy': 'cross-origin',
    };
    if (req.get('If-None-Match') === etag) {
      // The client already holds exactly these bytes; no need to read them again.
      res.status(304).set(headers).end();
      return;
    }
    const asset = await findAsset(db, id);
    if (asset === null) throw new NotFoundError(`No asset with id ${id}`);
    res.status(200).set({ ...headers, 'Content-Type': asset.contentType, 'Last-Modified': asset.createdAt.toUTCString() }).send(Buffer.from(asset.bytes));
  });
  return router;
}
