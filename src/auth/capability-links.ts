import type { Signer } from './signed-tokens.js';

/**
 * Preview and asset URLs as capability links: whoever holds the link may see
 * that one postcard's page and picture, like a pre-signed URL, without an API
 * key; nothing else. The query is one parameter, `?sig=<expiry>.<signature>`
 * (expiry in unix seconds, 0: never, PREVIEW_LINK_TTL_SECONDS=0): with no `&`
 * it sits unescaped in any part of a page (an attribute, CSS, a script).
 */
export interface CapabilityLinks {
  /** The query string (`?sig=…`) that opens a preview. */
  preview(taskId: string): string;
  asset(assetId: string): string;
  /** Whether a request's query carries a valid signature for this preview or asset. */
  allowsPreview(taskId: string, query: Readonly<Record<string, unknown>>): boolean;
  allowsAsset(assetId: string, query: Readonly<Record<string, unknown>>): boolean;
}

const PREVIEW = 'preview';
const ASSET = 'asset';

export function createCapabilityLinks(signer: Signer, ttlSeconds: number, now: () => number = Date.now): CapabilityLinks {
  const expiry = () => (ttlSeconds === 0 ? 0 : Math.floor(now() / 1000) + ttlSeconds);
  const link = (purpose: string, subject: string) => {
    const exp = expiry();
    return `?sig=${exp}.${signer.sign(purpose, subject, exp)}`;
  };
  const allows = (purpose: string, subject: string, query: Readonly<Record<string, unknown>>) => {
    const match = typeof query['sig'] === 'string' ? /^(\d{1,12})\.([A-Za-z0-9_-]{1,100})$/.exec(query['sig']) : null;
    return match !== null && signer.verify(purpose, subject, Number(match[1]), match[2] ?? '', now());
  };
  return {
    preview: (taskId) => link(PREVIEW, taskId),
    asset: (assetId) => link(ASSET, assetId),
    allowsPreview: (taskId, query) => allows(PREVIEW, taskId, query),
    allowsAsset: (assetId, query) => allows(ASSET, assetId, query),
  };
}
