import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Absolute path of the bundled spec (`spec/dist/ethora.json`), which `pnpm --filter @ethora/spec bundle` writes. */
export function bundledSpecPath(): string {
  const require = createRequire(import.meta.url);
  const path = join(dirname(require.resolve('@ethora/spec/package.json')), 'dist', 'ethora.json');
  if (!existsSync(path)) {
    throw new Error(
      `Bundled spec not found at ${path}; run \`pnpm generate\` (or \`pnpm --filter @ethora/spec bundle\`) first.`,
    );
  }
  return path;
}
