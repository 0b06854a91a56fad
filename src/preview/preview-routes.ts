import { Router } from 'express';
import { HttpError } from '../http/http-errors.js';
import { parseRequest } from '../http/validate.js';
import { TaskIdParamsSchema } from '../postcards/postcard-schemas.js';
import type { PostcardService } from '../postcards/postcard-service.js';

/**
 * The generated HTML is untrusted: a model wrote it. It runs sandboxed with
 * scripts but without our origin (no cookies, no storage, no same-origin
 * requests), and may fetch nothing but its own illustration.
 */
export function previewPolicy(imageUrl: string | null): string {
  const image = imageUrl === null ? '' : ` ${cspSource(imageUrl)}`;
  return [
    "default-src 'none'",
    `img-src${image} data: blob:`,
    "style-src 'unsafe-inline'",
    "script-src 'unsafe-inline'",
    'font-src data:',
    "base-uri 'none'",
    "form-action 'none'",
    'sandbox allow-scripts',
  ].join('; ');
}

/** A CSP source expression for exactly one URL (CSP has no quoting; strip what would break the header). */
function cspSource(url: string): string {
  return url.replace(/[;,\s'"]/g, '');
}

export function createPreviewRouter(service: PostcardService): Router {
  const router = Router();
  router.get('/:task_id', async (req, res) => {
    const { task_id } = parseRequest(TaskIdParamsSchema, req.params, 'params');
    const found = await service.html(task_id);
    if (found === null) {
      throw new HttpError(409, 'not_ready', 'The postcard is not finished yet; poll its status_url until it is COMPLETED.');
    }
    res
      .status(200)
      .set({
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': previewPolicy(found.imageUrl),
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'private, max-age=60',
      })
      .send(found.html);
  });
  return router;
}
