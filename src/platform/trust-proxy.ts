import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';
import type { z } from 'zod';

/**
 * TRUST_PROXY, taking the values Express's `trust proxy` takes, so that the
 * address every limit counts is the one Express's `req.ip` gives:
 *
 * - `false` (the default, or `0`): no proxy; the peer is the client and
 *   X-Forwarded-* are ignored.
 * - a hop count, e.g. `1`: that many proxies in front of us; the client is the
 *   address the outermost of them saw, so a client cannot pick its own
 *   address by sending X-Forwarded-For (the proxies append to it).
 * - subnets and keywords, e.g. `loopback, 10.0.0.0/8`: proxies at those
 *   addresses are trusted; the client is the first address outside them.
 * - `true`: every hop, so the leftmost X-Forwarded-For entry, which a client
 *   can write itself unless the proxy replaces the header. Avoid it.
 */
export type TrustProxy = boolean | number | readonly string[];

/** Whether the hop at `address`, `hop` steps from us (0: the peer), is a proxy we trust. */
export type TrustFn = (address: string, hop: number) => boolean;

/** Parses TRUST_PROXY's text; bad subnets become a config issue naming the value. */
export function parseTrustProxy(value: string, ctx: z.RefinementCtx): TrustProxy {
  const text = value.trim().toLowerCase();
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (/^\d+$/.test(text)) return Number(text);
  const entries = text.split(',').map((s) => s.trim()).filter((s) => s !== '');
  try {
    // Compiling is what checks every address, CIDR and keyword.
    proxyaddr.compile(entries);
  } catch (error) {
    ctx.addIssue({
      code: 'custom',
      message: `true, false, a hop count, or comma-separated subnets and keywords (loopback, linklocal, uniquelocal, 10.0.0.0/8): ${error instanceof Error ? error.message : String(error)}`,
    });
  }
  return entries;
}

/** The trust function, with the same meaning Express gives the same value. */
export function trustFunction(setting: TrustProxy): TrustFn {
  if (setting === true) return () => true;
  if (setting === false) return () => false;
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  return proxyaddr.compile([...setting]);
}

/** The client's address as Express's `req.ip` gives it, for requests that never pass through Express (WebSocket upgrades). */
export function clientAddress(req: IncomingMessage, trust: TrustFn): string {
  return proxyaddr(req, trust);
}

/** Whether X-Forwarded-Host and -Proto may be believed: the peer is a trusted proxy, as in Express's `req.host`. */
export function trustsForwardedHeaders(req: IncomingMessage, trust: TrustFn): boolean {
  return trust(req.socket.remoteAddress ?? '', 0);
}
