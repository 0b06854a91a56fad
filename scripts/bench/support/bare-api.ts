import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Config } from '../../../src/platform/config.js';
import { createBareProducer } from './bare-flow.js';
import type { Scope } from './scope.js';

/**
 * The create endpoint's baseline: express with a JSON body parser and one
 * FlowProducer.add of the same four-node tree per request. No validation, no
 * database, no events, no logging, no helmet.
 */
export async function startBareApi(scope: Scope, redisUrl: string, prefix: string, pipeline: Config['pipeline'], onError: (error: Error) => void, port = 0): Promise<{ readonly url: string }> {
  const producer = createBareProducer(redisUrl, prefix, pipeline, onError);
  scope.defer('bare flow producer', () => producer.close());
  const app = express();
  app.use(express.json({ limit: '32kb' }));
  app.post('/create', async (_req, res) => {
    const taskId = randomUUID();
    await producer.add(taskId);
    res.status(202).json({ task_id: taskId, status: 'PENDING' });
  });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  scope.defer('bare HTTP server', () => new Promise<void>((resolve, reject) => {
    server.closeAllConnections();
    server.close((error) => (error === undefined ? resolve() : reject(error)));
  }));
  const address = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${address.port}/create` };
}
