import type { RawData } from 'ws';

/** A WebSocket message as text; ws hands over a Buffer, its fragments or an ArrayBuffer depending on binaryType. */
export function wsText(raw: RawData): string {
  if (Array.isArray(raw)) return Buffer.concat(raw).toString('utf8');
  return (raw instanceof ArrayBuffer ? Buffer.from(raw) : raw).toString('utf8');
}
