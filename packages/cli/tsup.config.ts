import { defineConfig } from 'tsup';

export default defineConfig({
  // The command line is ESM only: `bin` keeps its shebang and loads the library entry rather than a second copy.
  entry: ['src/index.ts', 'src/bin.ts'],
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  sourcemap: true,
  clean: true,
  target: 'node20',
  splitting: true,
  removeNodeProtocol: false,
});
