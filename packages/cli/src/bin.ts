#!/usr/bin/env node
import { runCli } from './run-cli.js';

const controller = new AbortController();
// The first Ctrl-C stops the command in flight (it reports what was done); a second one leaves at once.
process.once('SIGINT', () => {
  controller.abort();
  process.once('SIGINT', () => process.exit(130));
});
// A reader that stops early (`ethora users list | head`) closes the pipe: that ends the command, quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}
process.exitCode = await runCli(process.argv.slice(2), { signal: controller.signal });
