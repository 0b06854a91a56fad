/**
 * A stored page as it is served: the host-free path of its illustration
 * (`/api/v1/assets/<sha256>`, the URL its provider was given and the quality
 * gate checked) replaced by the absolute URL of this deployment.
 *
 * The path is swapped as an exact token, not found by pattern: it is
 * content-addressed (64 hex digits), and the page may use it anywhere the gate
 * allows its illustration (<img src>, srcset, CSS url(), a script). A browser
 * would resolve the root-relative path on its own, but against the document's
 * URL: wrong behind a PUBLIC_BASE_URL with a path prefix or on a separate
 * preview origin, and the preview's CSP allows exactly one absolute image URL.
 */
export function servedPage(html: string, storedImagePath: string, imageUrl: string): string {
  if (storedImagePath === imageUrl) return html;
  // Not inside a longer URL (a host, port or path before it).
  const token = new RegExp(`(?<![\\w.~%/\\]-])${escapeRegExp(storedImagePath)}`, 'g');
  return html.replace(token, () => imageUrl);
}

/** A stored page as served, given its stored image path and that image's URL here (either null: the page as stored). */
export function pageAsServed(html: string, storedImagePath: string | null, imageUrl: string | null): string {
  return storedImagePath === null || imageUrl === null ? html : servedPage(html, storedImagePath, imageUrl);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
