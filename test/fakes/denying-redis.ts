import { createConnection, createServer, type Socket } from 'node:net';

/**
 * A TCP front for a private Redis that can refuse every client the way
 * redis-server in protected mode does: it accepts the connection, writes a
 * `-DENIED` error line and closes. Deterministic, unlike reaching a real
 * protected-mode server over a non-loopback address. Allowed, it relays bytes
 * to the real server.
 */
export interface DenyingRedis {
  readonly url: string;
  /** From now on refuse every new connection, and cut the ones relayed so far. */
  deny(): void;
  /** From now on relay new connections to the real server. */
  allow(): void;
  close(): Promise<void>;
}

const DENIED = '-DENIED Redis is running in protected mode because protected mode is enabled and no password is set for the default user.\r\n';

export async function startDenyingRedis(target: { readonly port: number }, initially: 'deny' | 'allow' = 'deny'): Promise<DenyingRedis> {
  let denying = initially === 'deny';
  const relayed = new Set<Socket>();
  // Every socket, refused ones too: server.close() waits for each to end, and a client may never end its side.
  const open = new Set<Socket>();
  const server = createServer((client) => {
    open.add(client);
    client.on('close', () => open.delete(client));
    client.on('error', () => client.destroy());
    if (denying) {
      client.end(DENIED);
      return;
    }
    const upstream = createConnection({ host: '127.0.0.1', port: target.port });
    upstream.on('error', () => client.destroy());
    client.on('close', () => {
      upstream.destroy();
      relayed.delete(client);
    });
    upstream.on('close', () => client.destroy());
    relayed.add(client);
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    url: `redis://127.0.0.1:${address.port}`,
    deny() {
      denying = true;
      for (const socket of relayed) socket.destroy();
    },
    allow() {
      denying = false;
    },
    async close() {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
