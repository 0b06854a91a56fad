import { Router } from 'express';
import { HttpError, NotFoundError } from '../http/http-errors.js';
import type { PreviewHostTest } from '../http/preview-host.js';
import { parseRequest } from '../http/validate.js';
import { TaskIdParamsSchema } from '../postcards/postcard-schemas.js';
import type { PostcardService } from '../postcards/postcard-service.js';

/**
 * The generated HTML is untrusted: a model wrote it. It runs sandboxed with
 * scripts but without our origin (no cookies, no storage, no same-origin
 * requests), and may fetch nothing but its own illustration. The sandbox stays
 * on a preview origin of its own too: two walls, in case a browser or a
 * webview ignores one.
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

/**
 * A CSP source expression for exactly one URL. A source's path cannot carry a
 * query (CSP matches paths only), so a signed image URL's `?exp=…&sig=…` goes;
 * CSP has no quoting, so characters that would break the header go too.
 */
function cspSource(url: string): string {
  return url.replace(/[?#].*$/, '').replace(/[;,\s'"]/g, '');
}

/** Where previews live when PREVIEW_BASE_URL gives them a host of their own. */
export interface PreviewOrigin {
  readonly isPreviewHost: PreviewHostTest;
  /** The preview's URL on that host. */
  readonly previewUrl: (taskId: string) => string;
}

/**
 * `origin` null: previews are served on whatever host asks. Otherwise only on
 * the preview host; a request on any other host is redirected there (not
 * refused), so that links handed out before PREVIEW_BASE_URL was set keep
 * working. 307, not 308: browsers would cache a permanent redirect past a
 * later change of the setting.
 */
export function createPreviewRouter(
  service: PostcardService,
  origin: PreviewOrigin | null,
  allows?: (taskId: string, query: Readonly<Record<string, unknown>>) => boolean,
): Router {
  const router = Router();
  router.get('/:task_id', async (req, res) => {
    const { task_id } = parseRequest(TaskIdParamsSchema, req.params, 'params');
    // AUTH_MODE=keys: a preview is a capability link. Without its signature it does not exist, as far as anyone can tell.
    if (allows !== undefined && !allows(task_id, req.query)) throw new NotFoundError(`No postcard with task_id ${task_id}`);
    if (origin !== null && !origin.isPreviewHost(req)) {
      res.redirect(307, origin.previewUrl(task_id));
      return;
    }
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
