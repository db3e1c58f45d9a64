import { readFile } from 'node:fs/promises';
import { defineConfig, type Options } from 'tsup';

// Keys that only document: the emulator validates with the spec's schemas and never shows its prose.
const PROSE = new Set([
  'description',
  'summary',
  'example',
  'examples',
  'externalDocs',
  'tags',
  'info',
  'servers',
]);

/** The spec without its prose and examples; names under `properties` are kept whatever they are. */
function compact(value: unknown, namesOnly = false): unknown {
  if (Array.isArray(value)) return value.map((item) => compact(item));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).filter(
    ([key]) => namesOnly || (!PROSE.has(key) && !key.startsWith('x-')),
  );
  return Object.fromEntries(
    entries.map(([key, item]) => [
      key,
      compact(item, !namesOnly && (key === 'properties' || key === 'patternProperties')),
    ]),
  );
}

const compactSpec: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'compact-spec',
  setup(build) {
    build.onLoad({ filter: /[\\/]spec[\\/]dist[\\/]ethora\.json$/ }, async (args) => ({
      contents: JSON.stringify(compact(JSON.parse(await readFile(args.path, 'utf8')))),
      loader: 'json',
    }));
  },
};

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // The command line's files come from the second build, which may finish first.
    clean: ['!bin.js', '!bin.js.map'],
    target: 'node20',
    treeshake: true,
    removeNodeProtocol: false,
    esbuildPlugins: [compactSpec],
  },
  {
    // The command line: ESM only, its shebang kept; it loads the library entry rather than a second copy.
    entry: { bin: 'src/bin.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    removeNodeProtocol: false,
    external: ['./index.js'],
  },
]);
