import { Router, type Request, type Response } from 'express';
import { parseRequest } from '../http/validate.js';
import { presentStatus, presentSummary, type UrlBuilder } from './postcard-presenter.js';
import { CreatePostcardBodySchema, ListPostcardsQuerySchema, TaskIdParamsSchema } from './postcard-schemas.js';
import type { PostcardService } from './postcard-service.js';

export function createPostcardRouter(service: PostcardService, urls: UrlBuilder): Router {
  const router = Router();

  const create = async (req: Request, res: Response) => {
    const body = parseRequest(CreatePostcardBodySchema, req.body, 'body');
    const postcard = await service.create(body);
    const statusUrl = urls.statusUrl(postcard.taskId);
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

  router.get('/', async (req, res) => {
    const query = parseRequest(ListPostcardsQuerySchema, req.query, 'query');
    const page = await service.list(query);
    res.json({ items: page.items.map((p) => presentSummary(p, urls)), next_cursor: page.nextCursor });
  });

  return router;
}
