import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import express, { type Router } from 'express';
import { allReady, withDeadline } from '../platform/bullmq-deadline.js';
import { REQUEST_COMMAND_TIMEOUT_MS } from '../platform/redis.js';
import { PIPELINE, STEP_NAMES } from '../pipeline/catalog.js';
import { allQueues, type QueueShard } from '../pipeline/queues.js';

export const BULL_BOARD_PATH = '/admin/queues';

/**
 * Bull Board over the four step queues of every shard, named and described
 * from the catalog. With QUEUE_SHARDS above 1 each shard's queues are listed
 * under the shard's number, so that queues of the same name stay apart.
 */
export function createBullBoardRouter(shards: readonly QueueShard[], readOnly: boolean): Router {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(BULL_BOARD_PATH);
  const sharded = shards.length > 1;
  createBullBoard({
    queues: shards.flatMap((shard, s) =>
      STEP_NAMES.map(
        (step, i) =>
          new BullMQAdapter(shard.queues[step], {
            readOnlyMode: readOnly,
            displayName: `${i + 1}. ${PIPELINE[step].label}${sharded ? ` (shard ${s + 1} of ${shards.length})` : ''}`,
            description: `Step "${step}" of the postcard flow${sharded ? `, queues under ${shard.prefix}` : ''}`,
            ...(sharded ? { prefix: `shard-${s + 1}-` } : {}),
          }),
      ),
    ),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Postcards' } },
  });
  // @bull-board/express declares getRouter() as `any`; it is an Express router.
  const board = serverAdapter.getRouter() as Router;
  // Bull Board calls the queues directly, and BullMQ waits without a bound for a
  // connection that never became ready (bullmq-deadline.ts): its API answers 503 instead.
  return express.Router().use(
    async (_req, _res, next) => {
      await withDeadline(allReady(allQueues(shards)).waitUntilReady(), REQUEST_COMMAND_TIMEOUT_MS, 'Bull Board');
      next();
    },
    board,
  );
}
