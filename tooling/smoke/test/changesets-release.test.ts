import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ChangesetSandbox, createChangesetSandbox } from '../src/changeset-sandbox.js';
import { workspaceRoot } from '../src/workspace.js';

const CLIENT = 'packages/client';
const SDK = 'packages/sdk';
const EMULATOR = 'packages/emulator';
const CLI = 'packages/cli';
const MESSAGING = 'packages/messaging';
const PUBLISHED = [CLIENT, SDK, EMULATOR, CLI, MESSAGING];

function increment(version: string, bump: 'patch' | 'minor' | 'major'): string {
  const [major, minor, patch] = version.split('.').map(Number) as [number, number, number];
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

function isNewer(next: string, previous: string): boolean {
  const a = next.split('.').map(Number);
  const b = previous.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return (a[i] ?? 0) > (b[i] ?? 0);
  return false;
}

function workspaceManifest(packageDir: string): string {
  return readFileSync(join(workspaceRoot, packageDir, 'package.json'), 'utf8');
}

/** Only the published packages may change: every other manifest stays as it was, with no changelog. */
function expectOnlyPublishedPackagesChanged(sandbox: ChangesetSandbox) {
  const others = sandbox.packageDirs.filter((dir) => !PUBLISHED.includes(dir));
  expect(others.length).toBeGreaterThan(0);
  for (const dir of others) {
    expect(sandbox.read(`${dir}/package.json`), dir).toBe(workspaceManifest(dir));
    expect(sandbox.read(`${dir}/CHANGELOG.md`), dir).toBeUndefined();
  }
}

let sandbox: ChangesetSandbox | undefined;

afterEach(() => {
  sandbox?.remove();
  sandbox = undefined;
});

describe('changeset version on a copy of the repository', () => {
  it('bumps the published packages together from a changeset that names only the client', async () => {
    sandbox = createChangesetSandbox();
    const before = sandbox.manifest(CLIENT).version;
    expect(sandbox.manifest(SDK).version).toBe(before);
    expect(sandbox.manifest(MESSAGING).version).toBe(before);
    expect(sandbox.manifest(EMULATOR).version).toBe(before);
    expect(sandbox.manifest(CLI).version).toBe(before);
    // A minor bump: without `fixed`, the sdk would only get a patch bump for its updated dependency.
    sandbox.addChangeset(
      'sample-client-feature',
      "---\n'@ethora/client': minor\n---\n\nAdds a retry budget option.\n",
    );

    await sandbox.changeset('version');

    const next = increment(before, 'minor');
    expect(sandbox.manifest(CLIENT).version).toBe(next);
    expect(sandbox.manifest(SDK).version).toBe(next);
    expect(sandbox.manifest(EMULATOR).version).toBe(next);
    expect(sandbox.manifest(CLI).version).toBe(next);
    expect(sandbox.manifest(MESSAGING).version).toBe(next);
    const clientLog = sandbox.read(`${CLIENT}/CHANGELOG.md`) ?? '';
    expect(clientLog).toMatch(new RegExp(`^# @ethora/client\\n\\n## ${next}\\n`));
    expect(clientLog).toContain('Adds a retry budget option.');
    expect(sandbox.read(`${SDK}/CHANGELOG.md`)).toMatch(new RegExp(`^# @ethora/sdk\\n\\n## ${next}\\n`));
    // pnpm turns the range into the released version at pack time.
    expect((sandbox.manifest(SDK).dependencies as Record<string, string>)['@ethora/client']).toBe(
      'workspace:^',
    );
    expect(sandbox.read('.changeset/sample-client-feature.md')).toBeUndefined();
    expectOnlyPublishedPackagesChanged(sandbox);
  });

  it("consumes the repository's pending changesets and releases the published packages at one new version", async () => {
    sandbox = createChangesetSandbox({ withPendingChangesets: true });
    const pending = readdirSync(join(sandbox.dir, '.changeset')).filter((file) => file.endsWith('.md'));
    const before = sandbox.manifest(CLIENT).version;

    // Fails on a changeset that names an unknown or ignored package, or an invalid bump type.
    await sandbox.changeset('version');

    const client = sandbox.manifest(CLIENT).version;
    expect(sandbox.manifest(SDK).version).toBe(client);
    expect(sandbox.manifest(EMULATOR).version).toBe(client);
    expect(sandbox.manifest(CLI).version).toBe(client);
    expect(sandbox.manifest(MESSAGING).version).toBe(client);
    if (pending.length === 0) {
      expect(client).toBe(before);
    } else {
      expect(isNewer(client, before)).toBe(true);
      expect(readdirSync(join(sandbox.dir, '.changeset')).filter((file) => file.endsWith('.md'))).toEqual([]);
      expect(sandbox.read(`${CLIENT}/CHANGELOG.md`)).toContain(`## ${client}`);
      expect(sandbox.read(`${SDK}/CHANGELOG.md`)).toContain(`## ${client}`);
    }
    expectOnlyPublishedPackagesChanged(sandbox);
  });
});
