// `pnpm ethora …` in a clone of the repository: builds the command line and what it depends on (turbo, cached),
// then runs the built bin with the arguments. The build stays silent unless it is slow or fails, so that stdout
// carries only the command's own output (`pnpm -s ethora doctor --json | jq` works).
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(packageDir, '../..');
const bin = join(packageDir, 'dist/bin.js');

function build() {
  return new Promise((resolve) => {
    const turbo = spawn(
      join(root, 'node_modules/.bin', process.platform === 'win32' ? 'turbo.cmd' : 'turbo'),
      ['run', 'build', '--filter=@ethora/cli...', '--output-logs=errors-only'],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
      },
    );
    let log = '';
    turbo.stdout.on('data', (chunk) => {
      log += chunk;
    });
    turbo.stderr.on('data', (chunk) => {
      log += chunk;
    });
    const slow = setTimeout(
      () => process.stderr.write('ethora: building the packages first (later runs reuse the build)…\n'),
      2_000,
    );
    turbo.once('close', (code) => {
      clearTimeout(slow);
      if (code !== 0) process.stderr.write(log);
      resolve(code ?? 1);
    });
  });
}

const built = await build();
if (built !== 0) {
  process.stderr.write('ethora: the build failed (output above).\n');
  process.exit(1);
}
// Ctrl-C reaches the command itself (same process group); this launcher only waits for it to finish.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => {});
const child = spawn(process.execPath, [bin, ...process.argv.slice(2)], { stdio: 'inherit' });
child.once('exit', (code, signal) => {
  process.exit(code ?? (signal === 'SIGINT' ? 130 : 1));
});
