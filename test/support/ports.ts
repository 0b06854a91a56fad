import { readFile } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';

/**
 * The ports the kernel hands out to listen(0) and to outgoing connections.
 * Without /proc (not Linux) assume the top half: macOS and the BSDs use
 * 49152-65535, Linux 32768-60999 by default.
 */
async function ephemeralRange(): Promise<readonly [number, number]> {
  const text = await readFile('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').catch(() => '');
  const [low, high] = text.trim().split(/\s+/).map(Number);
  return low !== undefined && high !== undefined && low >= 1 && high >= low && high <= 65_535 ? [low, high] : [32_768, 65_535];
}

function listensOn(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

const FIRST = 10_000;
const SHARED = new Set([5432, 6379]);

/**
 * A TCP port that was free a moment ago on 127.0.0.1, for a private Redis or
 * PostgreSQL server, chosen outside the kernel's ephemeral range. A test that
 * kills such a server and starts it again, or a cluster whose clients keep
 * dialling a crashed node, must find that port empty: an ephemeral one may
 * meanwhile be taken by any listen(0) of a test running beside it, or by an
 * outgoing connection, and a client dialling its own source port on loopback
 * connects to itself. The pick is random, so two processes choosing at once
 * rarely collide; the caller's server fails to bind if they do.
 */
export async function freePort(): Promise<number> {
  const [low, high] = await ephemeralRange();
  // Candidates: FIRST up to the range, and past it up to 65535.
  const below = Math.max(0, low - FIRST);
  const top = Math.max(high, FIRST - 1);
  const above = Math.max(0, 65_535 - top);
  if (below + above === 0) throw new Error(`no ports outside the ephemeral range ${low}-${high}`);
  for (let tries = 0; tries < 200; tries += 1) {
    const n = Math.floor(Math.random() * (below + above));
    const port = n < below ? FIRST + n : top + 1 + (n - below);
    if (!SHARED.has(port) && (await listensOn(port))) return port;
  }
  throw new Error('no free port found outside the ephemeral range after 200 tries');
}

/** Whether something accepts TCP connections on 127.0.0.1:`port` now (a server that has started listening). */
export function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
