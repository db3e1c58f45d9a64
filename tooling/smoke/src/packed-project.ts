import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pnpmCommand } from './pnpm.js';
import { runChecked } from './run-command.js';
import { projectFixturesDir, workspaceRoot } from './workspace.js';

/** The published packages, in the order they are packed and installed. */
export const PUBLISHED_PACKAGES = [
  '@ethora/client',
  '@ethora/sdk',
  '@ethora/emulator',
  '@ethora/cli',
  '@ethora/messaging',
] as const;

/** One of {@link PUBLISHED_PACKAGES}. */
export type PublishedPackage = (typeof PUBLISHED_PACKAGES)[number];

/** What `pnpm pack` wrote for one package. */
export interface PackedTarball {
  readonly name: PublishedPackage;
  readonly version: string;
  /** Absolute path of the `.tgz`. */
  readonly filename: string;
  /** Paths inside the package, as they will land in `node_modules/<name>/`. */
  readonly files: readonly string[];
}

/** A fresh project outside the workspace with the packed tarballs installed by npm. */
export interface PackedProject {
  /** Root of the temporary tree (tarballs and project). */
  readonly root: string;
  /** The user project, with `node_modules/@ethora/*` installed from the tarballs. */
  readonly dir: string;
  readonly tarballs: Record<PublishedPackage, PackedTarball>;
  /** The `package.json` of an installed package, as npm unpacked it. */
  installedManifest(name: PublishedPackage): Record<string, unknown>;
  /** Deletes the temporary tree. */
  remove(): void;
}

interface PnpmPackEntry {
  name: string;
  version: string;
  filename: string;
  files: { path: string }[];
}

function parsePackJson(stdout: string): PnpmPackEntry[] {
  const start = stdout.search(/^[[{]/m);
  if (start < 0) throw new Error(`pnpm pack printed no JSON:\n${stdout}`);
  const parsed = JSON.parse(stdout.slice(start)) as PnpmPackEntry | PnpmPackEntry[];
  return Array.isArray(parsed) ? parsed : [parsed];
}

async function packAll(destination: string): Promise<Record<PublishedPackage, PackedTarball>> {
  const pnpm = pnpmCommand();
  const filters = PUBLISHED_PACKAGES.flatMap((name) => ['--filter', name]);
  const { stdout } = await runChecked(
    pnpm.command,
    [...pnpm.args, ...filters, 'pack', '--pack-destination', destination, '--json'],
    { cwd: workspaceRoot },
  );
  const entries = parsePackJson(stdout);
  const byName = Object.fromEntries(
    entries.map((entry) => [entry.name, { ...entry, files: entry.files.map((f) => f.path).sort() }]),
  ) as Partial<Record<PublishedPackage, PackedTarball>>;
  for (const name of PUBLISHED_PACKAGES) {
    if (!byName[name]) throw new Error(`pnpm pack did not pack ${name}:\n${stdout}`);
  }
  return byName as Record<PublishedPackage, PackedTarball>;
}

/**
 * Packs the published packages from the workspace (their `dist/` must be built) and installs the tarballs
 * together with npm into a new project under the OS temp dir, so that npm takes `@ethora/client` from its
 * tarball rather than from the registry. Third-party install scripts are not run.
 */
export async function createPackedProject(): Promise<PackedProject> {
  const root = mkdtempSync(join(tmpdir(), 'ethora-smoke-'));
  try {
    const tarballDir = join(root, 'tarballs');
    const dir = join(root, 'project');
    mkdirSync(tarballDir);
    const tarballs = await packAll(tarballDir);
    cpSync(projectFixturesDir, dir, { recursive: true });
    await runChecked(
      'npm',
      [
        'install',
        '--ignore-scripts',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        ...PUBLISHED_PACKAGES.map((name) => tarballs[name].filename),
      ],
      { cwd: dir, timeoutMs: 300_000 },
    );
    return {
      root,
      dir,
      tarballs,
      installedManifest: (name) =>
        JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as Record<
          string,
          unknown
        >,
      remove: () => rmSync(root, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}
