import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ColdImport, measureColdImports } from './cold-import.js';
import {
  type InstallFootprint,
  installIntoEmptyProject,
  measureNodeModules,
  packWorkspacePackage,
} from './install-footprint.js';

/** The previous SDK, installed from the registry exactly as its users install it. */
export const PREVIOUS_SDK_SPEC = '@ethora/sdk-backend@26.8.1';

/** Installed size of both SDKs and how long each takes to load in a fresh process. */
export interface Footprint {
  ours: InstallFootprint;
  previous: InstallFootprint;
  coldImports: ColdImport[];
}

const repoRoot = fileURLToPath(new URL('../', import.meta.url));

function assertBuilt(pkg: 'client' | 'sdk'): void {
  if (!existsSync(join(repoRoot, 'packages', pkg, 'dist', 'index.js'))) {
    throw new Error(`packages/${pkg}/dist is missing: build first (npx -y pnpm@10.34.9 build).`);
  }
}

/**
 * Packs `@ethora/client` and `@ethora/sdk`, installs both tarballs into one empty project and the
 * previous SDK into another, counts what each `node_modules` holds, and times cold loads in both.
 */
export async function measureFootprint(
  coldImportRuns: number,
  progress: (line: string) => void,
): Promise<Footprint> {
  assertBuilt('client');
  assertBuilt('sdk');
  const work = await mkdtemp(join(tmpdir(), 'ethora-footprint-'));
  try {
    const tarballs = join(work, 'tarballs');
    const client = await packWorkspacePackage(repoRoot, '@ethora/client', tarballs);
    const sdk = await packWorkspacePackage(repoRoot, '@ethora/sdk', tarballs);
    progress('footprint: packed @ethora/client and @ethora/sdk');
    const oursDir = join(work, 'ours');
    const previousDir = join(work, 'previous');
    await installIntoEmptyProject(oursDir, [client, sdk]);
    await installIntoEmptyProject(previousDir, [PREVIOUS_SDK_SPEC]);
    progress('footprint: installed both into empty projects');
    const ours = await measureNodeModules(oursDir, '@ethora/sdk + @ethora/client', 2);
    const previous = await measureNodeModules(previousDir, PREVIOUS_SDK_SPEC, 1);
    const coldImports = await measureColdImports(
      [
        { label: '@ethora/sdk, import (ESM)', cwd: oursDir, specifier: '@ethora/sdk', style: 'import' },
        { label: '@ethora/sdk, require (CJS)', cwd: oursDir, specifier: '@ethora/sdk', style: 'require' },
        {
          label: 'previous SDK, require',
          cwd: previousDir,
          specifier: '@ethora/sdk-backend',
          style: 'require',
        },
      ],
      coldImportRuns,
    );
    progress('footprint: cold imports measured');
    return { ours, previous, coldImports };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
