import { readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { verifyJwtToken } from '@ethora/sdk';
import { transform } from 'esbuild';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bundleForEdge } from '../src/edge-bundle.js';
import { createPackedProject, type PackedProject, PUBLISHED_PACKAGES } from '../src/packed-project.js';
import { type CommandResult, lastJsonLine, runChecked } from '../src/run-command.js';
import { runtimeBinary } from '../src/runtimes.js';

/** What every smoke program prints after creating a chat room through `@ethora/sdk`. */
interface SmokeOutput {
  runtime?: string;
  resolved?: string;
  exports?: string[];
  /** Name of the room `repo.createChatRoom()` created. */
  roomName: string;
  /** A client JWT `repo.createChatUserJwtToken()` signed in that runtime. */
  clientToken: string;
  /** What the synchronous `createChatUserJwtToken` threw where the runtime has no synchronous HMAC. */
  syncError?: { configError: boolean; message: string };
  /** The same call through the re-exported low-level client. */
  lowLevel?: { status: number; violations: string | null; error: unknown; name?: string };
}

// Credentials of an app on the Prism mock: it checks that a token is sent, the test checks its signature.
const APP = { appId: '65f1c2a9e4b0a1b2c3d4e5f6', appSecret: 'smoke-test-app-secret-0123456789' };

// One pack and one install for every case in this file.
let project: PackedProject;

beforeAll(async () => {
  project = await createPackedProject();
});

afterAll(() => {
  project?.remove();
});

async function runSmoke(
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<SmokeOutput> {
  const result: CommandResult = await runChecked(command, args, {
    cwd: project.dir,
    env: {
      ETHORA_BASE_URL: inject('prismUrl'),
      ETHORA_APP_ID: APP.appId,
      ETHORA_APP_SECRET: APP.appSecret,
      ...env,
    },
  });
  return lastJsonLine<SmokeOutput>(result);
}

/**
 * The facade created a room (Prism answers a request that breaks the spec with 422, which throws) and
 * signed a client token for `userId` that verifies here with the app secret; the low-level call through
 * the re-exported client matched the spec too.
 */
async function expectChatRoomCreated(output: SmokeOutput, userId: string) {
  // Prism answers with the spec's example room: an app-scoped `<appId>_<uuid>` name.
  expect(output.roomName).toMatch(/^[0-9a-f]{24}_[\w-]+$/);
  const payload = await verifyJwtToken(output.clientToken, APP, { expectedType: 'client' });
  expect(payload.data).toEqual({ type: 'client', userId, appId: APP.appId });
  if (output.lowLevel) {
    expect(output.lowLevel.error).toBeNull();
    expect(output.lowLevel.violations).toBeNull();
    expect(output.lowLevel.status).toBe(200);
    expect(output.lowLevel.name).toMatch(/^[0-9a-f]{24}_[\w-]+$/);
  }
}

function expectResolvedInsideProject(output: SmokeOutput) {
  const resolved = output.resolved?.startsWith('file:') ? new URL(output.resolved).pathname : output.resolved;
  expect(resolved).toContain(`${project.dir}${sep}node_modules${sep}@ethora${sep}sdk${sep}`);
}

describe('the packed tarballs', () => {
  it.each(PUBLISHED_PACKAGES)('%s ships only its build, manifest, docs and licence', (name) => {
    const { files } = project.tarballs[name];
    const unexpected = files.filter(
      (path) =>
        !path.startsWith('dist/') && !['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE'].includes(path),
    );
    expect(unexpected).toEqual([]);
    // The command line is ESM only (a bin needs no CommonJS build); the libraries ship both.
    const builds =
      name === '@ethora/cli'
        ? ['dist/bin.js', 'dist/index.js', 'dist/index.d.ts']
        : ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts'];
    expect(files).toEqual(expect.arrayContaining(['README.md', 'LICENSE', ...builds]));
  });

  it.each(PUBLISHED_PACKAGES)('%s has no workspace: ranges left in its installed manifest', (name) => {
    const manifest = project.installedManifest(name);
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
      const ranges = Object.values((manifest[field] ?? {}) as Record<string, string>);
      expect(ranges.filter((range) => range.startsWith('workspace:'))).toEqual([]);
    }
  });

  it('@ethora/sdk depends on the @ethora/client version packed beside it', () => {
    const dependencies = project.installedManifest('@ethora/sdk').dependencies as Record<string, string>;
    expect(dependencies['@ethora/client']).toBe(`^${project.tarballs['@ethora/client'].version}`);
    expect(project.installedManifest('@ethora/client').version).toBe(
      project.tarballs['@ethora/client'].version,
    );
  });
});

describe('Node.js, installed from the tarballs', () => {
  let esmExports: string[] | undefined;

  it('an ES module imports @ethora/sdk, creates a chat room and signs a client token', async () => {
    const output = await runSmoke(process.execPath, ['call-api.mjs']);
    await expectChatRoomCreated(output, 'user-esm');
    expectResolvedInsideProject(output);
    esmExports = output.exports;
    expect(esmExports).toContain('createEthoraClient');
  });

  it('a CommonJS module requires @ethora/sdk (and ESM-only jose), sees the same exports and does the same', async () => {
    const output = await runSmoke(process.execPath, ['call-api.cjs']);
    await expectChatRoomCreated(output, 'user-cjs');
    expectResolvedInsideProject(output);
    expect(output.resolved).toMatch(/\.cjs$/);
    const esm = esmExports ?? (await runSmoke(process.execPath, ['call-api.mjs'])).exports;
    expect(output.exports).toEqual(esm);
  });

  it('TypeScript programs (ESM and CJS) type-check against the installed types with tsc --noEmit', async () => {
    // The fixtures hold @ts-expect-error lines, so types degraded to `any` fail this check too.
    await runChecked(
      process.execPath,
      [join('node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', '.'],
      {
        cwd: project.dir,
      },
    );
  });

  it('the type-checked TypeScript program runs and does the same', async () => {
    const source = readFileSync(join(project.dir, 'call-api.mts'), 'utf8');
    const { code } = await transform(source, { loader: 'ts', format: 'esm', target: 'node20' });
    writeFileSync(join(project.dir, 'call-api.compiled.mjs'), code);
    await expectChatRoomCreated(await runSmoke(process.execPath, ['call-api.compiled.mjs']), 'user-ts');
  });
});

describe('@ethora/emulator, installed from its tarball', () => {
  it('its command runs from node_modules/.bin', async () => {
    const bin = join(project.dir, 'node_modules', '.bin', 'ethora-emulator');
    const { stdout } = await runChecked(bin, ['--version'], { cwd: project.dir });
    expect(stdout.trim()).toBe(project.tarballs['@ethora/emulator'].version);
  });

  it('an ES module starts it and drives the installed SDK against it, every answer within the spec', async () => {
    const output = lastJsonLine<{ resolved: string; rooms: string[]; members: string[]; violations: number }>(
      await runChecked(process.execPath, ['emulator.mjs'], { cwd: project.dir }),
    );
    expect(new URL(output.resolved).pathname).toContain(
      `${project.dir}${sep}node_modules${sep}@ethora${sep}emulator${sep}`,
    );
    expect(output).toMatchObject({ rooms: ['smoke-room'], members: ['smoke-user'], violations: 0 });
  });

  it('a CommonJS module requires it (and ESM-only jose) and gets the API error body', async () => {
    const output = lastJsonLine<{ resolved: string; status: number; body: unknown; scopedKey: string }>(
      await runChecked(process.execPath, ['emulator.cjs'], { cwd: project.dir }),
    );
    expect(output.resolved).toMatch(/emulator[\\/]dist[\\/]index\.cjs$/);
    expect(output.status).toBe(401);
    expect(output.body).toMatchObject({ success: false, error: 'Missing token' });
    expect(output.scopedKey).toBe('6fada8e7fbec51c006285f32991e91b55ba6da10e2ec415837be26a239c70016');
  });
});

describe('@ethora/cli, installed from its tarball', () => {
  const ethora = (args: string[]) =>
    runChecked(join(project.dir, 'node_modules', '.bin', 'ethora'), args, {
      cwd: project.dir,
      env: { ETHORA_CHAT_APP_ID: APP.appId, ETHORA_CHAT_APP_SECRET: APP.appSecret },
    });

  it('its ethora command runs from node_modules/.bin', async () => {
    const { stdout } = await ethora(['--version']);
    expect(stdout.trim()).toBe(project.tarballs['@ethora/cli'].version);
  });

  it('mints a client token that it inspects as accepted, and the SDK verifies', async () => {
    const token = (await ethora(['token', 'client', 'smoke-user', '--ttl', '15m'])).stdout.trim();
    const inspection = JSON.parse((await ethora(['token', 'inspect', token, '--json'])).stdout) as Record<
      string,
      unknown
    >;
    expect(inspection).toMatchObject({ type: 'client', verifiedWith: 'scoped-client', accepted: true });
    const payload = await verifyJwtToken(token, APP, { expectedType: 'client' });
    expect(payload.data.userId).toBe('smoke-user');
  });
});

describe('@ethora/messaging on Node.js, installed from the tarballs', () => {
  it('ES module and CommonJS programs load it (its XMPP library is ESM only) and build a messenger', async () => {
    const esm = (await runSmoke(process.execPath, ['messaging.mjs'])) as unknown as MessagingOutput;
    const cjs = (await runSmoke(process.execPath, ['messaging.cjs'])) as unknown as MessagingOutput;
    expect(esm.exports).toContain('messengerFor');
    expect(cjs.exports).toEqual(esm.exports);
    expect(esm).toMatchObject({ jid: `${APP.appId}_user-esm@xmpp.example.com`, status: 'idle' });
    expect(cjs).toMatchObject({ jid: `${APP.appId}_user-cjs@xmpp.example.com`, status: 'idle' });
  });

  it('@ethora/messaging depends on the @ethora/sdk version packed beside it', () => {
    const dependencies = project.installedManifest('@ethora/messaging').dependencies as Record<
      string,
      string
    >;
    expect(dependencies['@ethora/sdk']).toBe(`^${project.tarballs['@ethora/sdk'].version}`);
  });
});

/** What the messaging smoke programs print. */
interface MessagingOutput {
  exports: string[];
  jid: string;
  status: string;
}

describe('other runtimes, installed from their npm packages', () => {
  it('Bun runs the ES module: room created, token signed with its WebCrypto', async () => {
    const output = await runSmoke(runtimeBinary(project.dir, 'bun'), ['call-api.mjs']);
    expect(output.runtime).toMatch(/^bun /);
    await expectChatRoomCreated(output, 'user-esm');
    expectResolvedInsideProject(output);
  });

  it('Deno runs the ES module with net and env permissions only: room created, token signed', async () => {
    const deno = runtimeBinary(project.dir, 'deno');
    const output = await runSmoke(
      deno,
      [
        'run',
        '--no-lock',
        '--node-modules-dir=manual',
        `--allow-net=${new URL(inject('prismUrl')).host}`,
        '--allow-env=ETHORA_BASE_URL,ETHORA_APP_ID,ETHORA_APP_SECRET',
        'call-api.mjs',
      ],
      // Deno's module cache stays in the temporary tree.
      { DENO_DIR: join(project.root, 'deno-dir'), DENO_NO_UPDATE_CHECK: '1' },
    );
    expect(output.runtime).toMatch(/^deno /);
    await expectChatRoomCreated(output, 'user-esm');
    expectResolvedInsideProject(output);
  });

  it('an edge-style bundle (no static node: imports, run without process or Buffer) does the same over fetch, signing asynchronously', async () => {
    const bundle = await bundleForEdge(project.dir);
    const output = await runSmoke(process.execPath, ['edge-runner.mjs', bundle]);
    await expectChatRoomCreated(output, 'user-edge');
    // Without node:crypto the synchronous token method points to the asynchronous one, which worked above.
    expect(output.syncError?.configError).toBe(true);
    expect(output.syncError?.message).toContain('await createClientToken(repo.config, userId)');
  });
});
