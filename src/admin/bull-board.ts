import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import express, { type Router } from 'express';
import { allReady, withDeadline } from '../platform/bullmq-deadline.js';
import { REQUEST_COMMAND_TIMEOUT_MS } from '../platform/redis.js';
import { PIPELINE, STEP_NAMES } from '../pipeline/catalog.js';
import type { StepQueues } from '../pipeline/queues.js';

export const BULL_BOARD_PATH = '/admin/queues';

/** Bull Board over the four step queues, named and described from the catalog. */
export function createBullBoardRouter(queues: StepQueues, readOnly: boolean): Router {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(BULL_BOARD_PATH);
  createBullBoard({
    queues: STEP_NAMES.map(
      (step, i) =>
        new BullMQAdapter(queues[step], {
          readOnlyMode: readOnly,
          displayName: `${i + 1}. ${PIPELINE[step].label}`,
          description: `Step "${step}" of the postcard flow`,
        }),
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
      await withDeadline(allReady(STEP_NAMES.map((step) => queues[step])).waitUntilReady(), REQUEST_COMMAND_TIMEOUT_MS, 'Bull Board');
      next();
    },
    board,
  );
}
