import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of the monorepo root. */
export const workspaceRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Absolute path of the files copied into the fresh user project. */
export const projectFixturesDir = fileURLToPath(new URL('../fixtures/project/', import.meta.url));

/** The pnpm version the repository pins in its root `packageManager` field. */
export function pinnedPnpmVersion(): string {
  const manifest = JSON.parse(readFileSync(`${workspaceRoot}package.json`, 'utf8')) as {
    packageManager?: string;
  };
  const match = /^pnpm@(\d+\.\d+\.\d+)/.exec(manifest.packageManager ?? '');
  if (!match) throw new Error('the root package.json names no pnpm version in "packageManager"');
  return match[1]!;
}
