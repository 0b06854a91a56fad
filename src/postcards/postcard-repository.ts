import type { Db } from '../platform/db.js';
import { Prisma, type Postcard, type StepRun } from '../generated/prisma/client.js';
import type { CreatePostcardBody, PostcardStatus } from './postcard-schemas.js';

export type PostcardWithSteps = Postcard & { readonly stepRuns: readonly StepRun[] };

export interface ListOptions {
  readonly status?: PostcardStatus;
  readonly userId?: string;
  readonly limit: number;
  readonly after?: { readonly createdAt: Date; readonly taskId: string };
}

/** The API's reads and writes of postcards. The pipeline's writes live in pipeline/step-store.ts. */
export interface PostcardRepository {
  create(taskId: string, body: CreatePostcardBody, previewUrl: string): Promise<Postcard>;
  remove(taskId: string): Promise<void>;
  find(taskId: string): Promise<PostcardWithSteps | null>;
  findHtml(taskId: string): Promise<Pick<Postcard, 'status' | 'frontendCode' | 'imageUrl'> | null>;
  list(options: ListOptions): Promise<Postcard[]>;
}

export function createPostcardRepository(db: Db): PostcardRepository {
  return {
    create: (taskId, body, previewUrl) =>
      db.postcard.create({
        data: {
          taskId,
          userInput: body.prompt,
          style: body.style,
          theme: body.theme,
          userId: body.user_id,
          useCache: body.cache,
          metadata: body.metadata ?? Prisma.DbNull,
          previewUrl,
        },
      }),

    async remove(taskId) {
      await db.postcard.deleteMany({ where: { taskId } });
    },

    find: (taskId) =>
      db.postcard.findUnique({
        where: { taskId },
        include: { stepRuns: { orderBy: [{ run: 'asc' }, { attempt: 'asc' }] } },
      }),

    findHtml: (taskId) => db.postcard.findUnique({ where: { taskId }, select: { status: true, frontendCode: true, imageUrl: true } }),

    list: ({ status, userId, limit, after }) =>
      db.postcard.findMany({
        where: {
          ...(status === undefined ? {} : { status }),
          ...(userId === undefined ? {} : { userId }),
          ...(after === undefined
            ? {}
            : {
                OR: [
                  { createdAt: { lt: after.createdAt } },
                  { createdAt: after.createdAt, taskId: { lt: after.taskId } },
                ],
              }),
        },
        orderBy: [{ createdAt: 'desc' }, { taskId: 'desc' }],
        take: limit,
      }),
  };
}
