import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The npm packages `bun` and `deno` carry their binaries in one platform sub-package each
 * (`@oven/bun-linux-x64`, `@deno/linux-x64-glibc`, ...), of which npm installs only the one that fits
 * this machine. Using it directly needs no postinstall script.
 */
const RUNTIMES = {
  bun: { scope: '@oven', binary: join('bin', 'bun') },
  deno: { scope: '@deno', binary: 'deno' },
} as const;

/** Absolute path of the Bun or Deno binary installed in the project, or a clear error why there is none. */
export function runtimeBinary(projectDir: string, runtime: keyof typeof RUNTIMES): string {
  const { scope, binary } = RUNTIMES[runtime];
  const scopeDir = join(projectDir, 'node_modules', scope);
  const candidates = existsSync(scopeDir)
    ? readdirSync(scopeDir).map((name) => join(scopeDir, name, binary))
    : [];
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `npm installed no ${scope}/* platform package with a ${runtime} binary for ${process.platform}-${process.arch} ` +
        `in ${projectDir}: ${runtime} cannot run on this machine.`,
    );
  }
  return found;
}
