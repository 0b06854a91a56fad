import { Router, type Request, type Response } from 'express';
import { parseRequest } from '../http/validate.js';
import { presentStatus, presentSummary, type UrlBuilder } from './postcard-presenter.js';
import { CreatePostcardBodySchema, ListPostcardsQuerySchema, TaskIdParamsSchema } from './postcard-schemas.js';
import type { PostcardLifecycle } from './postcard-lifecycle.js';
import type { PostcardService } from './postcard-service.js';
import { z } from 'zod';

const IdempotencyHeaderSchema = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[\x21-\x7e]{1,200}$/, 'must be 1-200 visible ASCII characters')
    .optional(),
});

export function createPostcardRouter(service: PostcardService, lifecycle: PostcardLifecycle, urls: UrlBuilder): Router {
  const router = Router();

  const create = async (req: Request, res: Response) => {
    const { 'idempotency-key': key } = parseRequest(IdempotencyHeaderSchema, { 'idempotency-key': req.get('Idempotency-Key') }, 'headers');
    const body = parseRequest(CreatePostcardBodySchema, req.body, 'body');
    const { postcard, replayed } = await service.create(body, key);
    const statusUrl = urls.statusUrl(postcard.taskId);
    if (replayed) res.set('Idempotent-Replayed', 'true');
    res.status(202).location(statusUrl).json({
      task_id: postcard.taskId,
      status: postcard.status,
      status_url: statusUrl,
      preview_url: urls.previewUrl(postcard.taskId),
    });
  };

  const status = async (req: Request, res: Response) => {
    const { task_id } = parseRequest(TaskIdParamsSchema, req.params, 'params');
    res.json(presentStatus(await service.get(task_id), urls));
  };

  // The two paths existing clients use, and their REST-style aliases.
  router.post('/create', create);
  router.post('/', create);
  router.get('/status/:task_id', status);
  router.get('/:task_id', status);

  router.post('/:task_id/cancel', async (req, res) => {
    const { task_id } = parseRequest(TaskIdParamsSchema, req.params, 'params');
    await lifecycle.cancel(task_id);
    res.json(presentStatus(await service.get(task_id), urls));
  });

  router.post('/:task_id/retry', async (req, res) => {
    const { task_id } = parseRequest(TaskIdParamsSchema, req.params, 'params');
    await lifecycle.retry(task_id);
    res.status(202).location(urls.statusUrl(task_id)).json(presentStatus(await service.get(task_id), urls));
  });

  router.get('/', async (req, res) => {
    const query = parseRequest(ListPostcardsQuerySchema, req.query, 'query');
    const page = await service.list(query);
    res.json({ items: page.items.map((p) => presentSummary(p, urls)), next_cursor: page.nextCursor });
  });

  return router;
}
