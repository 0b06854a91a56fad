import { Router, type Request, type RequestHandler, type Response } from 'express';
import { principalOf, requireScope } from '../auth/authenticate.js';
import { parseRequest } from '../http/validate.js';
import { presentSummary, type UrlBuilder } from './postcard-presenter.js';
import type { CreatedResponse, ListPage } from './postcard-responses.js';
import { CreatePostcardBodySchema, IdempotencyHeaderSchema, ListPostcardsQuerySchema, TaskIdParamsSchema } from './postcard-schemas.js';
import type { PostcardLifecycle } from './postcard-lifecycle.js';
import type { PostcardService } from './postcard-service.js';
import type { RateLimitedAction } from './rate-limits.js';

/**
 * `authenticate` finds the caller (everyone is `anonymous` in open mode); each
 * route then needs its scope, and the routes that start or stop work pass
 * their rate limit (counted per key, so after `authenticate`) before any body is read.
 */
export function createPostcardRouter(
  service: PostcardService,
  lifecycle: PostcardLifecycle,
  urls: UrlBuilder,
  authenticate: RequestHandler,
  rateLimits: Readonly<Record<RateLimitedAction, RequestHandler>>,
): Router {
  const router = Router();
  router.use(authenticate);
  const write = requireScope('postcards:write');
  const read = requireScope('postcards:read');

  const create = async (req: Request, res: Response) => {
    const { 'idempotency-key': key } = parseRequest(IdempotencyHeaderSchema, { 'idempotency-key': req.get('Idempotency-Key') }, 'headers');
    const body = parseRequest(CreatePostcardBodySchema, req.body, 'body');
    const { postcard, replayed } = await service.create(body, principalOf(res), key);
    const statusUrl = urls.statusUrl(postcard.taskId);
    if (replayed) res.set('Idempotent-Replayed', 'true');
    res.status(202).location(statusUrl).json({
      task_id: postcard.taskId,
      status: postcard.status,
      status_url: statusUrl,
      preview_url: urls.previewUrl(postcard.taskId),
    } satisfies CreatedResponse);
  };

  const status = async (req: Request, res: Response) => {
    const { task_id } = parseRequest(TaskIdParamsSchema, req.params, 'params');
    res.json(await service.status(task_id, principalOf(res)));
  };

  // The two paths existing clients use, and their REST-style aliases.
  router.post('/create', write, rateLimits.create, create);
  router.post('/', write, rateLimits.create, create);
  // Before '/:task_id', which would take "timings" for a task id.
  router.get('/timings', read, async (_req, res) => {
    res.json(await service.timings());
  });
  router.get('/status/:task_id', read, status);
  router.get('/:task_id', read, status);

  router.post('/:task_id/cancel', write, rateLimits.cancel, async (req, res) => {
    const { task_id } = parseRequest(TaskIdParamsSchema, req.params, 'params');
    await lifecycle.cancel(task_id, principalOf(res));
    res.json(await service.status(task_id));
  });

  router.post('/:task_id/retry', write, rateLimits.retry, async (req, res) => {
    const { task_id } = parseRequest(TaskIdParamsSchema, req.params, 'params');
    await lifecycle.retry(task_id, principalOf(res));
    res.status(202).location(urls.statusUrl(task_id)).json(await service.status(task_id));
  });

  router.get('/', read, async (req, res) => {
    const query = parseRequest(ListPostcardsQuerySchema, req.query, 'query');
    const page = await service.list(query, principalOf(res));
    res.json({ items: page.items.map((p) => presentSummary(p, urls)), next_cursor: page.nextCursor } satisfies ListPage);
  });

  return router;
}
