import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type CommandResult, runChecked } from './run-command.js';
import { workspaceRoot } from './workspace.js';

/** A copy of the repository reduced to what `changeset version` reads. */
export interface ChangesetSandbox {
  readonly dir: string;
  /** Workspace-relative directories of every package, e.g. `packages/sdk`. */
  readonly packageDirs: readonly string[];
  /** Reads a file of the sandbox, or `undefined` when it does not exist. */
  read(relativePath: string): string | undefined;
  /** Parses the `package.json` in a workspace-relative directory. */
  manifest(
    packageDir: string,
  ): { name: string; version: string; private?: boolean } & Record<string, unknown>;
  /** Writes `.changeset/<id>.md`. */
  addChangeset(id: string, content: string): void;
  /** Runs the installed `changeset` CLI in the sandbox. */
  changeset(...args: string[]): Promise<CommandResult>;
  remove(): void;
}

/** Workspace-relative package directories named by `pnpm-workspace.yaml` (`dir` and `dir/*` entries). */
function workspacePackageDirs(): string[] {
  const yaml = readFileSync(join(workspaceRoot, 'pnpm-workspace.yaml'), 'utf8');
  const block = /^packages:\s*\n((?:\s+-.*\n?)+)/m.exec(yaml)?.[1] ?? '';
  const patterns = [...block.matchAll(/^\s+-\s*['"]?([^'"\s]+)['"]?/gm)].map((m) => m[1]!);
  return patterns
    .flatMap((pattern) => {
      if (!pattern.endsWith('/*')) return [pattern];
      const parent = pattern.slice(0, -2);
      return readdirSync(join(workspaceRoot, parent), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `${parent}/${entry.name}`);
    })
    .filter((dir) => existsSync(join(workspaceRoot, dir, 'package.json')));
}

/**
 * Copies the root manifest, `pnpm-workspace.yaml`, `.changeset/config.json` and every workspace
 * package's `package.json` into a new directory under the OS temp dir. With `withPendingChangesets`
 * the repository's own `.changeset/*.md` come along too.
 */
export function createChangesetSandbox(options: { withPendingChangesets?: boolean } = {}): ChangesetSandbox {
  const dir = mkdtempSync(join(tmpdir(), 'ethora-changesets-'));
  const packageDirs = workspacePackageDirs();
  const copy = (relativePath: string) => {
    mkdirSync(dirname(join(dir, relativePath)), { recursive: true });
    cpSync(join(workspaceRoot, relativePath), join(dir, relativePath));
  };
  copy('package.json');
  copy('pnpm-workspace.yaml');
  copy('.changeset/config.json');
  for (const packageDir of packageDirs) copy(`${packageDir}/package.json`);
  if (options.withPendingChangesets) {
    for (const file of readdirSync(join(workspaceRoot, '.changeset'))) {
      if (file.endsWith('.md') && file !== 'README.md') copy(`.changeset/${file}`);
    }
  }
  const changesetBin = createRequire(import.meta.url).resolve('@changesets/cli/bin.js');
  const read = (relativePath: string) =>
    existsSync(join(dir, relativePath)) ? readFileSync(join(dir, relativePath), 'utf8') : undefined;
  return {
    dir,
    packageDirs,
    read,
    manifest: (packageDir) => JSON.parse(read(`${packageDir}/package.json`) ?? 'null'),
    addChangeset: (id, content) => writeFileSync(join(dir, '.changeset', `${id}.md`), content),
    changeset: (...args) => runChecked(process.execPath, [changesetBin, ...args], { cwd: dir }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
