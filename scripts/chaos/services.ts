import { spawn } from 'node:child_process';
import { join } from 'node:path';

export { freePort } from '../../test/support/ports';

const ROOT = join(__dirname, '..', '..');

export interface Service {
  readonly name: string;
  kill(signal: NodeJS.Signals): Promise<void>;
}


/** Starts one of our entry points as its own OS process and waits for its ready line. */
export async function spawnService(name: string, entry: string, env: Record<string, string>, ready: string): Promise<Service> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, entry)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    // Keep the tail only: a long run logs a lot.
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 30_000;
  while (!output.includes(ready)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${name} did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    name,
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
