import { ConfigError, loadConfig } from '../platform/config.js';

/**
 * `npm start`'s first step: parses the environment (`.env` included, loaded by
 * Node's `--env-file-if-exists`) exactly as each process will at boot, so a bad
 * value stops the start within a second, before the build and the migrations,
 * with the message and exit code (78, EX_CONFIG) that boot() gives. It builds
 * no logger and opens no connection.
 */
function main(): void {
  try {
    loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 78;
  }
}

main();
