export interface SseEvent {
  readonly id: string | undefined;
  readonly event: string;
  readonly data: Record<string, unknown>;
}

/**
 * A minimal SSE reader over fetch, as a browser's EventSource would parse the
 * stream. Collects events until the server closes the stream, `stopAfter`
 * events arrived, or the timeout passes.
 */
export async function readSse(
  url: string,
  options: { lastEventId?: string | undefined; headers?: Readonly<Record<string, string>>; stopAfter?: number; timeoutMs?: number; onComment?: (text: string) => void; onEvent?: (event: SseEvent) => void } = {},
): Promise<{ events: SseEvent[]; closedByServer: boolean; status: number; contentType: string | null }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 30_000);
  const response = await fetch(url, {
    headers: { accept: 'text/event-stream', ...options.headers, ...(options.lastEventId === undefined ? {} : { 'Last-Event-ID': options.lastEventId }) },
    signal: controller.signal,
  });
  const events: SseEvent[] = [];
  let closedByServer = false;
  if (response.body === null || !response.ok) {
    clearTimeout(timer);
    return { events, closedByServer: true, status: response.status, contentType: response.headers.get('content-type') };
  }
  // Node types fetch's body as ReadableStream<any>; its chunks are bytes.
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        closedByServer = true;
        break;
      }
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let id: string | undefined;
        let event = 'message';
        const data: string[] = [];
        for (const line of block.split('\n')) {
          if (line.startsWith(':')) options.onComment?.(line.slice(1).trim());
          else if (line.startsWith('id: ')) id = line.slice(4);
          else if (line.startsWith('event: ')) event = line.slice(7);
          else if (line.startsWith('data: ')) data.push(line.slice(6));
        }
        if (data.length > 0) {
          const parsed: SseEvent = { id, event, data: JSON.parse(data.join('\n')) as Record<string, unknown> };
          events.push(parsed);
          options.onEvent?.(parsed);
        }
        if (options.stopAfter !== undefined && events.length >= options.stopAfter) {
          controller.abort();
          return { events, closedByServer: false, status: response.status, contentType: response.headers.get('content-type') };
        }
      }
    }
  } catch (error) {
    if (!controller.signal.aborted) throw error;
  } finally {
    clearTimeout(timer);
  }
  return { events, closedByServer, status: response.status, contentType: response.headers.get('content-type') };
}
