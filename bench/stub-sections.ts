import { createClientToken } from '@ethora/sdk';
import { APP_ID, APP_SECRET, type RunSizes } from './bench-config.js';
import { ethoraSdkBulk, previousSdkBulk } from './bulk-setup.js';
import { measureCalls } from './call-rounds.js';
import { type ApiCase, OPERATIONS } from './cases/api-case.js';
import { CASE } from './cases/case-names.js';
import { ethoraClientCase } from './cases/ethora-client.js';
import { createBenchRepository, ethoraSdkCase } from './cases/ethora-sdk.js';
import { previousSdkCase, previousSdkService } from './cases/previous-sdk.js';
import { rawFetchCase } from './cases/raw-fetch.js';
import { countSignatures, jsonwebtokenCounter, webCryptoJwtCounter } from './signature-count.js';
import type { StubServer } from './stub-server.js';
import type { BenchResults } from './targets.js';
import { measureTokens } from './token-rounds.js';

/** The sections measured against the stub server. */
export type StubSection = 'calls' | 'tokens' | 'signatures' | 'bulk';

/** Calls made per case when counting server-token signatures. */
const SIGNATURE_CALLS = 1000;

/** Sends each operation once through every case and fails fast if the stub saw anything wrong. */
async function smokeCheck(cases: ApiCase[], stub: StubServer): Promise<void> {
  await stub.reset();
  for (const c of cases) for (const op of OPERATIONS) await c.call[op](0);
  const stats = await stub.stats();
  if (stats.unauthorized > 0 || stats.unmatched.length > 0) {
    throw new Error(
      `stub server: ${stats.unauthorized} unauthorized, unmatched: ${stats.unmatched.join(', ')}`,
    );
  }
}

/**
 * Runs the chosen sections against a running stub server: calls, token minting, signature counts
 * and the bulk workspace setup.
 */
export async function measureAgainstStub(
  stub: StubServer,
  sections: ReadonlySet<StubSection>,
  sizes: RunSizes,
  progress: (line: string) => void,
): Promise<BenchResults> {
  const results: BenchResults = {};
  const cases: ApiCase[] = [
    rawFetchCase(stub.url),
    previousSdkCase(stub.url),
    ethoraClientCase(stub.url, 'default'),
    ethoraClientCase(stub.url, 'fetch'),
    ethoraSdkCase(stub.url, 'default'),
    ethoraSdkCase(stub.url, 'fetch'),
  ];
  await smokeCheck(cases, stub);

  if (sections.has('calls')) results.calls = await measureCalls(cases, sizes, progress);

  if (sections.has('tokens')) {
    const service = previousSdkService(stub.url);
    const repo = createBenchRepository(stub.url);
    const config = { appId: APP_ID, appSecret: APP_SECRET };
    results.tokens = await measureTokens(
      [
        { name: CASE.previousTokens, mint: (id) => service.createChatUserJwtToken(id) },
        { name: CASE.sdkTokens, mint: (id) => repo.createChatUserJwtToken(id) },
        { name: CASE.sdkTokenFunction, mint: (id) => createClientToken(config, id) },
      ],
      sizes,
      progress,
    );
  }

  if (sections.has('signatures')) {
    results.signatures = [
      await countSignatures(() => previousSdkCase(stub.url), jsonwebtokenCounter(), stub, SIGNATURE_CALLS),
      await countSignatures(
        () => ethoraSdkCase(stub.url, 'default'),
        webCryptoJwtCounter(),
        stub,
        SIGNATURE_CALLS,
      ),
    ];
    progress('signatures counted');
  }

  if (sections.has('bulk')) {
    results.bulk = [
      await previousSdkBulk(previousSdkService(stub.url), stub, sizes.bulkUsers),
      await ethoraSdkBulk(createBenchRepository(stub.url), stub, sizes.bulkUsers),
    ];
    progress('bulk measured');
  }
  return results;
}
