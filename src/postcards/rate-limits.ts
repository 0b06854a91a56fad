import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit, type IncrementResponse } from 'express-rate-limit';
import { Cluster } from 'ioredis';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import { principalOf } from '../auth/authenticate.js';
import { isAdmin, type Principal } from '../auth/principal.js';
import { TooManyRequestsError } from '../http/http-errors.js';
import type { Logger } from '../platform/logger.js';
import type { RedisConnection } from '../platform/redis.js';
import { ANONYMOUS_USER_ID } from '../store/postcard-types.js';

/** The requests that are rate-limited: each starts or stops paid work. */
export type RateLimitedAction = 'create' | 'retry' | 'cancel';

export interface RateLimitDeps {
  /** A `request` connection: a limiter that cannot reach Redis answers 503 at once, like the create itself would. */
  readonly redis: RedisConnection;
  /** QUEUE_PREFIX: every API process of a deployment counts in the same keys, and test runs keep to their own. */
  readonly prefix: string;
  /** Requests per minute; 0 is no limit. */
  readonly perMinute: Readonly<Record<RateLimitedAction, number>>;
  /** LIMITS_EXEMPT_ADMIN: admin keys are not counted. */
  readonly exemptAdmins: boolean;
  readonly logger: Logger;
}

const WINDOW_MS = 60_000;

const NO_LIMIT: RequestHandler = (_req, _res, next) => next();

const WHO: Record<'key' | 'user' | 'ip', string> = { key: 'API key', user: 'user', ip: 'client address' };

/**
 * Whom a request counts against: its API key; its user when it has no key
 * (admin credentials); its client address in open mode, where everyone is
 * `anonymous`. The address is Express's `req.ip`, so TRUST_PROXY decides
 * which X-Forwarded-For entry a client could forge, and an IPv6 client is
 * counted by its /56, as it can pick any address inside it.
 */
function counted(req: Request, principal: Principal): { readonly kind: keyof typeof WHO; readonly key: string } {
  if (principal.keyId !== null) return { kind: 'key', key: `key:${principal.keyId}` };
  if (principal.userId !== ANONYMOUS_USER_ID) return { kind: 'user', key: `user:${principal.userId}` };
  return { kind: 'ip', key: `ip:${ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? 'unknown')}` };
}

/**
 * Per-minute limits on create, retry and cancel, counted in Redis so that
 * every API process shares them (express-rate-limit with rate-limit-redis:
 * one Lua script per request, a fixed window that starts at the first
 * request). They run after `authenticate`, as they count per key. Answers
 * carry the draft-8 `RateLimit` and `RateLimit-Policy` headers, named after
 * the action; a refusal is 429 `rate_limited` with `Retry-After`.
 */
export function createRateLimits(deps: RateLimitDeps): Readonly<Record<RateLimitedAction, RequestHandler>> {
  const log = deps.logger.child({ component: 'rate-limits' });
  const limiter = (action: RateLimitedAction): RequestHandler => {
    const limit = deps.perMinute[action];
    if (limit === 0) return NO_LIMIT;
    return rateLimit({
      windowMs: WINDOW_MS,
      limit,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      identifier: action,
      store: new RecoveringRedisStore({ prefix: `${deps.prefix}:rate-limit:${action}:`, sendCommand: (...args) => send(deps.redis, args) }),
      skip: (_req, res) => deps.exemptAdmins && isAdmin(principalOf(res)),
      keyGenerator: (req, res) => counted(req, principalOf(res)).key,
      handler: (req, res, next) => {
        const who = WHO[counted(req, principalOf(res)).kind];
        next(new TooManyRequestsError('rate_limited', `Too many ${action} requests: at most ${limit} a minute per ${who}. Wait for Retry-After seconds.`));
      },
      logger: {
        warn: (error, message) => log.warn(message ?? 'rate limiter warning', { action, error }),
        error: (error, message) => log.error(message ?? 'rate limiter error', { action, error }),
      },
    });
  };
  return { create: limiter('create'), retry: limiter('retry'), cancel: limiter('cancel') };
}

/**
 * rate-limit-redis loads its Lua script once, when the limiter is built, and
 * keeps the SHA as a promise. Had Redis been down then, that promise would
 * stay rejected and every request would fail long after Redis came back;
 * this store loads the script again on the next request instead.
 */
class RecoveringRedisStore extends RedisStore {
  override async increment(key: string): Promise<IncrementResponse> {
    if (await rejected(this.incrementScriptSha)) this.incrementScriptSha = this.loadIncrementScript(this.prefixKey(key));
    return super.increment(key);
  }
}

const rejected = (promise: Promise<unknown>): Promise<boolean> =>
  promise.then(
    () => false,
    () => true,
  );

type ReplyItem = boolean | number | string;
const isReplyItem = (value: unknown): value is ReplyItem => typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string';

/** rate-limit-redis speaks raw commands; ours go through the shared ioredis connection, and a reply of another shape is an error, not a guess. */
async function send(redis: RedisConnection, args: readonly string[]): Promise<RedisReply> {
  const [command, ...rest] = args;
  if (command === undefined) throw new Error('rate-limit-redis sent an empty command');
  const reply: unknown = isScriptLoad(command, rest) ? await loadScriptEverywhere(redis, rest) : await redis.call(command, ...rest);
  if (isReplyItem(reply)) return reply;
  if (Array.isArray(reply) && reply.every(isReplyItem)) return reply;
  throw new Error(`unexpected Redis reply to ${command}: ${JSON.stringify(reply)}`);
}

const isScriptLoad = (command: string, rest: readonly string[]) => command.toUpperCase() === 'SCRIPT' && rest[0]?.toUpperCase() === 'LOAD';

/**
 * SCRIPT LOAD names no key, so a cluster client sends it to any one node,
 * while the EVALSHA that follows goes to the node owning the counter's key,
 * which would answer NOSCRIPT for ever. Every master gets the script instead;
 * a replica promoted later answers NOSCRIPT once, and the store loads it again.
 */
async function loadScriptEverywhere(redis: RedisConnection, rest: readonly string[]): Promise<unknown> {
  const masters = redis instanceof Cluster ? redis.nodes('master') : [];
  // No masters known yet (still connecting): any node now, and NOSCRIPT brings us back here once they are.
  if (masters.length === 0) return redis.call('SCRIPT', ...rest);
  const replies = await Promise.all(masters.map((node) => node.call('SCRIPT', ...rest)));
  return replies[0];
}
