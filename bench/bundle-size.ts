import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile, type Plugin } from 'esbuild';

const repoRoot = new URL('../', import.meta.url);
const sdkEntry = new URL('packages/sdk/src/index.ts', repoRoot).pathname;
const clientEntry = new URL('packages/client/src/index.ts', repoRoot).pathname;

/** Sizes of one bundle of `@ethora/sdk` (with `@ethora/client`), in bytes. */
export interface BundleSize {
  label: string;
  minified: number;
  gzipped: number;
  /** Minified bytes by package (`jose`, `openapi-fetch`, `@ethora/sdk`, `@ethora/client`), from the metafile. */
  byPackage: Record<string, number>;
}

/**
 * Gzipped budgets in bytes (1 KB = 1,000 bytes), set just above the measured size so that any growth
 * fails CI and has to raise them here with a reason. The performance issue asks for 15 KB without
 * jose; the bundle measured 26.9 KB (33.6 KB with jose's HS256 parts) after the operation table was
 * compacted, and what remains is openapi-fetch (~2.3 KB), the operation table (~1.7 KB: paths and
 * operation ids the runtime needs) and our own validation, error messages, retries and transport,
 * which cannot shrink to the target without dropping features or checks. Raised to 29.0 / 35.8 KB (from
 * 27.5 / 34.5) when calls stopped building a `Request` while no caller middleware can change it: the
 * client then serialises and reads a call itself with openapi-fetch's rules, still hands `onResponse`
 * hooks a standard `Request`, and its `node:http` transport times attempts out without an
 * `AbortController`. That costs about 1.9 KB gzipped (26.9 KB before, 28.7 KB after) and takes a call
 * on the default transport from about 0.9× raw fetch's time to about 0.65× (bench/RESULTS.md).
 * Raised to 30.6 / 37.3 KB for the previous SDK's code to run unchanged after the import swap: a
 * synchronous `createChatUserJwtToken` (its own HS256 over `node:crypto`, about 0.6 KB; client tokens
 * became about 80× as fast as the previous SDK's), `reason` and `serverRequestId` on API errors (about
 * 0.2 KB), the previous admin signatures, per-user job outcomes and lower-case app ids (about 0.4 KB),
 * and the deprecated shims of its other exports (about 0.4 KB, tree-shaken away unless imported:
 * `createChatRepository` alone measures 28.2 KB).
 * Raised to 31.0 / 37.7 KB (measured 30.9 / 37.6, from 30.5 / 37.2) for the option bounds: range checks of
 * `timeoutMs`, `maxRetries`, token lifetimes and job waits with messages naming each range, the refusal of a
 * future `iat` and of a bad clock tolerance in `verifyJwtToken`, and the refusal of holes in list arguments
 * (about 0.4 KB; `createChatRepository` alone measures 28.4 KB).
 */
/** The performance issue's target for the bundle without jose, in gzipped bytes; reported, not enforced. */
export const TARGET_GZIP_BYTES_WITHOUT_JOSE = 15_000;

export const BUDGET_GZIP_BYTES = {
  withoutJose: 31_000,
  withJose: 37_700,
} as const;

/** The bundles the budget watches, and the one an app using only the repository ships. */
export interface BundleSizes {
  withJose: BundleSize;
  withoutJose: BundleSize;
  /** Informational: `createChatRepository` alone, tree-shaken, jose external. */
  repositoryOnly: BundleSize;
}

// Bundle the sources, so that the figure never depends on a stale `dist/` of either package.
const packagesFromSource: Plugin = {
  name: 'ethora-packages-from-source',
  setup(b) {
    b.onResolve({ filter: /^@ethora\/client$/ }, () => ({ path: clientEntry }));
    b.onResolve({ filter: /^@ethora\/sdk$/ }, () => ({ path: sdkEntry }));
  },
};

/** What a bundle starts from: the whole public entry, or an app that only uses the repository. */
const WHOLE_PACKAGE = "export * from '@ethora/sdk';";
const REPOSITORY_ONLY = "export { createChatRepository } from '@ethora/sdk';";

function packageOf(input: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(input);
  if (match) return match[1]!;
  if (input.includes('packages/client/')) return '@ethora/client';
  if (input.includes('packages/sdk/')) return '@ethora/sdk';
  return input;
}

function byPackage(metafile: Metafile): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (bytesInOutput === 0) continue;
      const name = packageOf(input);
      totals[name] = (totals[name] ?? 0) + bytesInOutput;
    }
  }
  return totals;
}

async function bundle(label: string, entry: string, external: string[]): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: entry, resolveDir: fileURLToPath(repoRoot), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external,
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [packagesFromSource],
  });
  const code = result.outputFiles[0]!.contents;
  return {
    label,
    minified: code.byteLength,
    gzipped: gzipSync(code, { level: 9 }).byteLength,
    byPackage: byPackage(result.metafile),
  };
}

/**
 * Bundles every export of `@ethora/sdk` with `@ethora/client` and everything they import (esbuild,
 * `platform: 'node'`, minified, gzip level 9), once with jose inside and once with jose left external;
 * and, for information, an app that imports only `createChatRepository`.
 */
export async function measureBundle(): Promise<BundleSizes> {
  return {
    withJose: await bundle('sdk + client + jose', WHOLE_PACKAGE, []),
    withoutJose: await bundle('sdk + client, jose external', WHOLE_PACKAGE, ['jose']),
    repositoryOnly: await bundle('createChatRepository only, jose external', REPOSITORY_ONLY, ['jose']),
  };
}
