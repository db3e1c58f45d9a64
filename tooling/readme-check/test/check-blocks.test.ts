import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BlockDiagnostic, checkBlocks } from '../src/check-blocks.js';
import type { CodeBlock } from '../src/extract-blocks.js';
import { wrapBlock } from '../src/wrap-block.js';

const block = (fenceLine: number, ...lines: string[]): CodeBlock => ({
  file: 'README.md',
  fenceLine,
  firstLine: fenceLine + 1,
  lines,
});

describe('wrapBlock', () => {
  it('keeps imports at the top, wraps the other statements in an async function and maps each line back', () => {
    const wrapped = wrapBlock(
      block(
        10,
        "import { createChatRepository } from '@ethora/sdk';",
        'import {',
        '  EthoraApiError,',
        "} from '@ethora/sdk';",
        '',
        'await repo.deleteChatRoom(workspaceId);',
      ),
    );
    expect(wrapped.text.split('\n')).toEqual([
      "import { createChatRepository } from '@ethora/sdk';",
      'import {',
      '  EthoraApiError,',
      "} from '@ethora/sdk';",
      'export async function readmeSnippet() {',
      '',
      'await repo.deleteChatRoom(workspaceId);',
      '}',
      '',
    ]);
    expect(wrapped.readmeLines).toEqual([11, 12, 13, 14, 10, 15, 16, 17]);
  });
});

describe('checkBlocks', () => {
  // One program for all of these, as for the READMEs.
  const bad = block(
    40,
    "import { createChatRepository } from '@ethora/sdk';",
    '',
    "const repo = createChatRepository({ apiUrl: 'https://api.chat.ethora.com', appId: 'a', appSecret: 's' });",
    "const token: number = repo.createChatUserJwtToken('user-123');",
  );
  const missingExport = block(60, "import { createChatRepositry } from '@ethora/sdk';");
  const clientMisuse = block(
    70,
    "import { createEthoraClient } from '@ethora/client';",
    "const client = createEthoraClient({ baseUrl: 'https://api.chat.ethora.com' });",
    "await client.POST('/v2/chats', { body: { title: 1 } });",
  );
  const good = block(
    80,
    "import { EthoraValidationError } from '@ethora/sdk';",
    'try {',
    '  await repo.grantUserAccessToChatRoom(workspaceId, userIds);',
    '} catch (error) {',
    '  if (error instanceof EthoraValidationError) return badRequest(error.argument, error.message);',
    '  log.error(String(error));',
    '  return notFound();',
    '}',
  );
  const shadowing = block(90, "const workspaceId = 'w-1';", 'await repo.createChatRoom(workspaceId);');
  const envOptions = block(
    100,
    "import { createChatRepository } from '@ethora/sdk';",
    'createChatRepository({',
    "  apiUrl: 'https://api.chat.ethora.com',",
    "  appId: 'a',",
    "  appSecret: 's',",
    '  botJid: process.env.ETHORA_CHAT_BOT_JID,',
    '  jidDomain: process.env.ETHORA_CHAT_JID_DOMAIN,',
    '});',
    'createChatRepository({',
    "  apiUrl: 'https://api.chat.ethora.com',",
    "  appId: 'a',",
    "  appSecret: 's',",
    '  botJid: 42,',
    '});',
  );
  let results: Map<CodeBlock, BlockDiagnostic[]>;
  beforeAll(() => {
    results = checkBlocks([bad, missingExport, clientMisuse, good, shadowing, envOptions]);
  });

  it('reports a misused result at its README line and column', () => {
    expect(results.get(bad)).toEqual([
      {
        location: 'README.md:44:7',
        code: 'TS2322',
        message: "Type 'string' is not assignable to type 'number'.",
      },
    ]);
  });

  it('reports an import the package does not export, resolving @ethora/sdk through its built types', () => {
    expect(results.get(missingExport)).toEqual([
      expect.objectContaining({ location: 'README.md:61:10', code: 'TS2724' }),
    ]);
  });

  it('checks request bodies of the low-level client against the spec types', () => {
    expect(results.get(clientMisuse)?.map((diagnostic) => [diagnostic.location, diagnostic.code])).toEqual([
      ['README.md:73:42', 'TS2322'],
    ]);
  });

  it('accepts top-level await and return, the prelude names, and a snippet redeclaring one of them', () => {
    expect(results.get(good)).toEqual([]);
    expect(results.get(shadowing)).toEqual([]);
  });

  it('accepts optional options read from the environment under exactOptionalPropertyTypes, and names a wrong one', () => {
    // The first call (process.env values, possibly undefined) compiles; the second is reported at `botJid`,
    // not as fields missing from the resolved configuration type.
    expect(results.get(envOptions)).toEqual([
      {
        location: 'README.md:113:3',
        code: 'TS2322',
        message: "Type 'number' is not assignable to type 'string'.",
      },
    ]);
  });

  it('removes its temporary modules', () => {
    const tmp = join(import.meta.dirname, '..', '.tmp');
    expect(existsSync(tmp) ? readdirSync(tmp).filter((name) => name.startsWith('snippets-')) : []).toEqual(
      [],
    );
  });
});
