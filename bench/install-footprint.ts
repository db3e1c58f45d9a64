import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { lstat, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Pinned pnpm, as everywhere in this repository (corepack is not relied on). */
export const PNPM = ['-y', 'pnpm@10.34.9'];

/** What installing a package into an empty project brings in. */
export interface InstallFootprint {
  label: string;
  /** Packages in `node_modules`, the installed packages themselves included. */
  packages: number;
  /** Packages brought in besides the ones asked for. */
  dependencies: number;
  /** Apparent size of every file in `node_modules`. */
  bytes: number;
  /** Bytes by package (a nested package's files count for the nested package). */
  byPackage: Record<string, number>;
}

/** Runs a command, failing with its stderr when it exits non-zero. */
export async function runCommand(command: string, args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run(command, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: process.env });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stderr.slice(-2000)}`);
  }
}

/** Packs a workspace package with pnpm (which rewrites `workspace:` ranges) and returns the tarball path. */
export async function packWorkspacePackage(
  repoRoot: string,
  name: string,
  destination: string,
): Promise<string> {
  const before = new Set(existsSync(destination) ? await readdir(destination) : []);
  await runCommand('npx', [...PNPM, '--filter', name, 'pack', '--pack-destination', destination], repoRoot);
  const created = (await readdir(destination)).filter((f) => f.endsWith('.tgz') && !before.has(f));
  if (created.length !== 1) throw new Error(`packing ${name} produced ${created.length} tarballs`);
  return join(destination, created[0]!);
}

/** Creates an empty private project and `npm install`s the given specs into it. */
export async function installIntoEmptyProject(directory: string, specs: string[]): Promise<void> {
  await mkdir(directory, { recursive: true });
  await writeFile(
    join(directory, 'package.json'),
    `${JSON.stringify({ name: 'footprint', private: true })}\n`,
  );
  await runCommand('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...specs], directory);
}

interface Totals {
  packages: number;
  bytes: number;
  byPackage: Record<string, number>;
}

async function walk(directory: string, totals: Totals, inModules: string | undefined, owner: string) {
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    // npm's own bookkeeping is not part of what the packages cost.
    if (entry.isSymbolicLink() || entry.name === '.package-lock.json') continue;
    if (entry.isDirectory()) {
      // `inModules` is the name prefix ('' or '@scope/') while directly under node_modules or an @scope there.
      if (inModules !== undefined && inModules === '' && entry.name.startsWith('@')) {
        await walk(path, totals, `${entry.name}/`, owner);
        continue;
      }
      let nextOwner = owner;
      if (inModules !== undefined && entry.name !== '.bin' && existsSync(join(path, 'package.json'))) {
        totals.packages++;
        nextOwner = `${inModules}${entry.name}`;
      }
      await walk(path, totals, entry.name === 'node_modules' ? '' : undefined, nextOwner);
    } else if (entry.isFile()) {
      const size = (await lstat(path)).size;
      totals.bytes += size;
      totals.byPackage[owner] = (totals.byPackage[owner] ?? 0) + size;
    }
  }
}

/** Counts the packages and bytes in a project's `node_modules`; `installed` is how many specs were asked for. */
export async function measureNodeModules(
  projectDirectory: string,
  label: string,
  installed: number,
): Promise<InstallFootprint> {
  const totals: Totals = { packages: 0, bytes: 0, byPackage: {} };
  await walk(join(projectDirectory, 'node_modules'), totals, '', '(npm)');
  return {
    label,
    packages: totals.packages,
    dependencies: totals.packages - installed,
    bytes: totals.bytes,
    byPackage: totals.byPackage,
  };
}
