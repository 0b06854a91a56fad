import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

/**
 * The studio's pages in the OpenAPI document: not JSON endpoints, but routes
 * the API serves like any other, so the document (and the route access test
 * that holds it against the app) names them with their HTML answer.
 */
export function registerStudioPaths(registry: OpenAPIRegistry): void {
  const page = { 200: { description: 'The studio (a single-page app): index.html, or a page saying it is not built yet', content: { 'text/html': { schema: z.string() } } } };
  const tags = ['Studio'];
  registry.registerPath({ method: 'get', path: '/', summary: 'The web studio: make a postcard and watch it being made', tags, responses: page });
  registry.registerPath({ method: 'get', path: '/gallery', summary: "The web studio's gallery of the caller's postcards", tags, responses: page });
  registry.registerPath({
    method: 'get',
    path: '/p/{task_id}',
    summary: "The web studio's page of one postcard (its shareable link; the app reads the postcard through the API)",
    tags,
    request: { params: z.object({ task_id: z.string() }) },
    responses: page,
  });
}
