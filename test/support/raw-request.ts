import { request } from 'node:http';

/** A request exactly as an attacker would send it: any method, an unnormalised path, any bytes as the body. */
export interface RawRequest {
  readonly method: string;
  /** Sent as is: fetch() would resolve `..`, re-encode characters and refuse some headers. */
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array;
}

export interface RawResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** At most the first MB; empty for an event stream, which is cut once its status is known. */
  readonly text: string;
}

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Sends one request over a fresh connection and resolves with the response.
 * An event stream never ends by itself, so it is closed as soon as its
 * headers arrive: its status is what the callers check.
 */
export function sendRaw(baseUrl: string, req: RawRequest, timeoutMs = 10_000): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { connection: 'close', ...req.headers };
    if (req.body !== undefined && headers['content-length'] === undefined) headers['content-length'] = String(Buffer.byteLength(req.body));
    const outgoing = request({ host: hostname, port, method: req.method, path: req.path, headers, timeout: timeoutMs }, (res) => {
      const status = res.statusCode ?? 0;
      if (String(res.headers['content-type']).startsWith('text/event-stream')) {
        res.destroy();
        resolve({ status, headers: res.headers, text: '' });
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        if (size < MAX_BODY_BYTES) chunks.push(chunk);
        size += chunk.length;
      });
      res.on('end', () => resolve({ status, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    // A WebSocket handshake that succeeded: the status is all we wanted.
    outgoing.on('upgrade', (res, socket) => {
      socket.destroy();
      resolve({ status: res.statusCode ?? 0, headers: res.headers, text: '' });
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no response to ${req.method} ${req.path} within ${timeoutMs} ms`)));
    outgoing.on('error', reject);
    outgoing.end(req.body);
  });
}

/** The JSON body of a response; undefined when it has none or does not say it is JSON (a JSON type with a body that is not JSON throws). */
export function jsonOf(response: RawResponse): unknown {
  if (response.text === '' || !String(response.headers['content-type']).startsWith('application/json')) return undefined;
  return JSON.parse(response.text) as unknown;
}
