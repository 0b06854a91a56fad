import type { Db } from '../platform/db.js';
import type { Strategy } from '../platform/generation-settings.js';
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
export interface IdempotencyClaim {
  readonly key: string;
  /** sha256 of the normalised request body. */
  readonly requestHash: string;
  /** Keys older than this are forgotten and may be reused. */
  readonly ttlMs: number;
}

export type CreateOutcome =
  | { readonly kind: 'created'; readonly postcard: Postcard }
  | { readonly kind: 'replayed'; readonly postcard: Postcard }
  | { readonly kind: 'mismatch'; readonly postcard: Postcard };

export interface PostcardRepository {
  /** `previewPath` is host-free (`/preview/<task_id>`): URLs are built when served. */
  create(taskId: string, body: CreatePostcardBody, previewPath: string, idempotency?: IdempotencyClaim): Promise<CreateOutcome>;
  remove(taskId: string): Promise<void>;
  find(taskId: string): Promise<PostcardWithSteps | null>;
  findHtml(taskId: string): Promise<Pick<Postcard, 'status' | 'frontendCode' | 'imageUrl'> | null>;
  list(options: ListOptions): Promise<Postcard[]>;
}

/** `defaultStrategy`: WORKFLOW_STRATEGY, for postcards whose request names none. */
export function createPostcardRepository(db: Db, defaultStrategy: Strategy = 'balanced'): PostcardRepository {
  const insert = (tx: Prisma.TransactionClient, taskId: string, body: CreatePostcardBody, previewUrl: string) =>
    tx.postcard.create({
        data: {
          taskId,
          userInput: body.prompt,
          style: body.style,
          theme: body.theme,
          userId: body.user_id,
          useCache: body.cache,
          strategy: body.strategy ?? defaultStrategy,
          // The body came from JSON.parse, so its metadata is JSON by construction.
          metadata: body.metadata === null ? Prisma.DbNull : (body.metadata as Prisma.InputJsonObject),
          previewUrl,
        },
      });

  /** The live claim on a key, if any; an expired one is deleted so the key can be used again. */
  const liveClaim = async (tx: Prisma.TransactionClient, claim: IdempotencyClaim) => {
    const found = await tx.idempotencyKey.findUnique({ where: { key: claim.key }, include: { postcard: true } });
    if (found === null) return null;
    if (found.createdAt.getTime() > Date.now() - claim.ttlMs) return found;
    await tx.idempotencyKey.delete({ where: { key: claim.key } });
    return null;
  };

  const createClaimed = async (taskId: string, body: CreatePostcardBody, previewUrl: string, claim: IdempotencyClaim): Promise<CreateOutcome> =>
    db.$transaction(async (tx) => {
      const found = await liveClaim(tx, claim);
      if (found !== null) return { kind: found.requestHash === claim.requestHash ? 'replayed' : 'mismatch', postcard: found.postcard };
      const postcard = await insert(tx, taskId, body, previewUrl);
      await tx.idempotencyKey.create({ data: { key: claim.key, requestHash: claim.requestHash, taskId } });
      return { kind: 'created', postcard };
    });

  return {
    async create(taskId, body, previewUrl, claim) {
      // A lone INSERT is atomic: no transaction, which would cost a BEGIN and a COMMIT round trip per request.
      if (claim === undefined) return { kind: 'created', postcard: await insert(db, taskId, body, previewUrl) };
      try {
        return await createClaimed(taskId, body, previewUrl, claim);
      } catch (error) {
        // Two requests with one key raced; the loser reads the winner's postcard.
        if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
        return createClaimed(taskId, body, previewUrl, claim);
      }
    },

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
