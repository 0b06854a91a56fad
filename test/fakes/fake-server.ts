import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the fake received it. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly route: string;
  /** Parsed JSON body, or undefined when there was none. */
  readonly body: unknown;
}

export interface SseEvent {
  /** The `event:` line; omitted for data-only streams (Gemini). */
  readonly event?: string;
  readonly data: unknown;
}

/** What the fake does for one request. */
export type Scripted =
  | { readonly kind: 'json'; readonly status: number; readonly body: unknown; readonly headers?: Readonly<Record<string, string>> }
  | {
      readonly kind: 'sse';
      readonly events: readonly SseEvent[];
      readonly headers?: Readonly<Record<string, string>>;
      /** Send the events, then keep the stream open forever (a stalled stream). */
      readonly stallAfter?: boolean;
    }
  /** Never answer: not even headers. */
  | { readonly kind: 'hang' }
  /** Drop the connection without a response. */
  | { readonly kind: 'destroy' }
  /** Decide from the request (for example JSON or SSE, following its `stream` flag). */
  | { readonly kind: 'dynamic'; readonly respond: (request: RecordedRequest) => Scripted };

export const json = (status: number, body: unknown, headers?: Readonly<Record<string, string>>): Scripted => ({
  kind: 'json',
  status,
  body,
  ...(headers === undefined ? {} : { headers }),
});
export const hang: Scripted = { kind: 'hang' };
export const destroy: Scripted = { kind: 'destroy' };

export interface FakeServerOptions {
  /** Names the route of a request ('generateContent', 'messages', …), or undefined for an unknown path. */
  readonly route: (method: string, path: string) => string | undefined;
  /** Answers instead of the script when the credentials are wrong. */
  readonly authFailure: (req: IncomingMessage, route: string) => Scripted | undefined;
  /** Answers instead of the script when the real API would refuse the request (a retired model, a rejected parameter). */
  readonly refusal?: (request: RecordedRequest) => Scripted | undefined;
  /** Used when the script for a route is empty. */
  readonly unscripted: (route: string, request: RecordedRequest) => Scripted;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? undefined : JSON.parse(text);
}

function send(res: ServerResponse, scripted: Scripted, request: RecordedRequest): void {
  switch (scripted.kind) {
    case 'dynamic':
      send(res, scripted.respond(request), request);
      return;
    case 'json':
      res.writeHead(scripted.status, { 'content-type': 'application/json; charset=utf-8', ...scripted.headers });
      res.end(JSON.stringify(scripted.body));
      return;
    case 'sse':
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', ...scripted.headers });
      for (const e of scripted.events) res.write(`${e.event === undefined ? '' : `event: ${e.event}\n`}data: ${JSON.stringify(e.data)}\n\n`);
      if (scripted.stallAfter !== true) res.end();
      return;
    case 'hang':
      return;
    case 'destroy':
      res.socket?.destroy();
      return;
  }
}

/**
 * A scripted HTTP server speaking a provider's wire format on 127.0.0.1:0.
 * Tests queue one response per expected request on a route and read back what
 * was received; the real SDKs talk to it over real HTTP.
 */
export class FakeServer {
  readonly requests: RecordedRequest[] = [];
  private readonly scripts = new Map<string, Scripted[]>();
  private readonly server: Server;
  private baseUrl: string | undefined;

  constructor(private readonly options: FakeServerOptions) {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`fake server failure: ${String(error)}`);
      });
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${port}`;
    return this;
  }

  get url(): string {
    if (this.baseUrl === undefined) throw new Error('fake server not started');
    return this.baseUrl;
  }

  /** Queues responses for the next requests on `route`, in order. */
  queue(route: string, ...responses: Scripted[]): void {
    this.scripts.set(route, [...(this.scripts.get(route) ?? []), ...responses]);
  }

  /** Requests received on `route`. */
  received(route: string): RecordedRequest[] {
    return this.requests.filter((r) => r.route === route);
  }

  /** Forgets scripts and recorded requests between tests; refusals are on again. */
  reset(): void {
    this.scripts.clear();
    this.requests.length = 0;
    this.refusing = true;
  }

  /** Whether the fake refuses what the real API refuses (on by default). */
  private refusing = true;

  /** Turns refusals off, for a test about something else that must use an old request shape. */
  acceptEverything(): void {
    this.refusing = false;
  }

  async stop(): Promise<void> {
    // Hanging requests would keep close() waiting forever.
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((e) => (e ? reject(e) : resolve())));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    const route = this.options.route(method, url.pathname) ?? 'unknown';
    const body = await readBody(req);
    const recorded: RecordedRequest = { method, path: url.pathname, query: url.searchParams, headers: req.headers, route, body };
    this.requests.push(recorded);
    const failure = this.options.authFailure(req, route) ?? (this.refusing ? this.options.refusal?.(recorded) : undefined);
    if (failure !== undefined) return send(res, failure, recorded);
    const next = this.scripts.get(route)?.shift();
    send(res, next ?? this.options.unscripted(route, recorded), recorded);
  }
}
