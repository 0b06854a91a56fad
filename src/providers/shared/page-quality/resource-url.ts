/**
 * Whether a URL written in a page makes the browser fetch something. Fragment
 * references (an SVG gradient's url(#glow)), data: and blob: URLs stay inside
 * the page; anything else, relative URLs included, goes to a server.
 */
export function loadsFromNetwork(url: string): boolean {
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  return scheme === undefined || !['data', 'blob', 'about', 'javascript', 'mailto', 'tel'].includes(scheme);
}

/** The URLs of a srcset list ("a.png 1x, b.png 2x"). */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}
