import { WebSocket, type RawData } from 'ws';

/** A WebSocket message as text; ws hands over a Buffer, its fragments or an ArrayBuffer depending on binaryType. */
export function wsText(raw: RawData): string {
  if (Array.isArray(raw)) return Buffer.concat(raw).toString('utf8');
  return (raw instanceof ArrayBuffer ? Buffer.from(raw) : raw).toString('utf8');
}

/** A WebSocket to the API's /ws, open, with every message it receives parsed into `messages` as it arrives. */
export async function openSocket(baseUrl: string): Promise<{ readonly socket: WebSocket; readonly messages: Array<Record<string, unknown>> }> {
  const socket = new WebSocket(`${baseUrl.replace('http', 'ws')}/ws`);
  const messages: Array<Record<string, unknown>> = [];
  socket.on('message', (raw) => messages.push(JSON.parse(wsText(raw)) as Record<string, unknown>));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return { socket, messages };
}
