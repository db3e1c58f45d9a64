import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  treeshake: true,
  // Keep `node:http` rather than `http`: edge and Deno bundlers only recognise built-ins by the prefix.
  removeNodeProtocol: false,
});
