/**
 * The shared shell of the benchmark's child-process entry points: parse the
 * JSON argument, start, print the ready line the parent waits for, and stop
 * cleanly on SIGTERM. Any failure exits non-zero with its stack on stderr.
 */
export function runChildMain<A>(parse: (raw: unknown) => A, start: (args: A) => Promise<{ readonly ready: string; close(): Promise<unknown> }>): void {
  const fail = (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  };
  const main = async () => {
    const running = await start(parse(JSON.parse(process.argv[2] ?? '{}')));
    process.stdout.write(`${running.ready}\n`);
    process.once('SIGTERM', () => {
      running.close().then(() => process.exit(0), fail);
    });
  };
  main().catch(fail);
}
