import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  treeshake: true,
  // jose is loaded on first use (`src/auth/load-jose.ts`): its chunk must stay a separate file in CJS too.
  splitting: true,
  // Keep `node:http` rather than `http`: edge and Deno bundlers only recognise built-ins by the prefix.
  removeNodeProtocol: false,
});
