import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';

/**
 * A lazily loaded Node built-in (`await import('node:http')` behind a runtime check) is fine: edge
 * bundlers leave it out. A static import is not: the bundle would not load where there is no Node.
 */
const nodeBuiltinsOnlyWhenLazy: Plugin = {
  name: 'node-builtins-only-when-lazy',
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) =>
      args.kind === 'dynamic-import'
        ? { path: args.path, external: true }
        : { errors: [{ text: `${args.importer} imports the Node built-in "${args.path}" statically` }] },
    );
  },
};

/**
 * Bundles `edge-entry.mjs` of the project the way worker bundlers do: `platform: 'neutral'`, worker
 * and browser export conditions, everything inlined. The result is a script that defines `edgeEntry`,
 * for `edge-runner.mjs` to evaluate.
 */
export async function bundleForEdge(projectDir: string): Promise<string> {
  const outfile = join(projectDir, 'edge-bundle.js');
  await build({
    absWorkingDir: projectDir,
    entryPoints: ['edge-entry.mjs'],
    outfile,
    bundle: true,
    format: 'iife',
    globalName: 'edgeEntry',
    platform: 'neutral',
    target: 'es2022',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['module', 'main'],
    plugins: [nodeBuiltinsOnlyWhenLazy],
    logLevel: 'silent',
  });
  return outfile;
}
