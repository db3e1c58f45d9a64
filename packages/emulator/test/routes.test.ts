import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { emulatedRoutes } from '../src/routes/index.js';
import { ethoraSpec, readOperations } from '../src/spec/spec-document.js';

const sdkSource = fileURLToPath(new URL('../../sdk/src', import.meta.url));

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** `METHOD /path` of every call the SDK's sources make through its client: literal paths or constants holding one. */
async function sdkRoutes(): Promise<Set<string>> {
  const routes = new Set<string>();
  for (const file of await sourceFiles(sdkSource)) {
    const text = await readFile(file, 'utf8');
    const constants = new Map<string, string>();
    for (const [, name, path] of text.matchAll(/const (\w+) = '(\/v[12]\/[^']*)'/g))
      constants.set(name!, path!);
    for (const [, method, argument] of text.matchAll(
      /\.(GET|POST|PUT|PATCH|DELETE)\(\s*('\/v[12]\/[^']*'|\w+)/g,
    )) {
      const path = argument!.startsWith("'") ? argument!.slice(1, -1) : constants.get(argument!);
      if (path !== undefined) routes.add(`${method} ${path}`);
    }
  }
  return routes;
}

describe('routes', () => {
  const served = new Set(emulatedRoutes.map((route) => `${route.method} ${route.path}`));

  it('serves only operations of the spec, each once', () => {
    const operations = readOperations(ethoraSpec);
    expect(served.size).toBe(emulatedRoutes.length);
    for (const route of served) expect(operations.has(route), route).toBe(true);
  });

  it('serves every route the SDK calls', async () => {
    const called = await sdkRoutes();
    expect(called.size).toBeGreaterThanOrEqual(30);
    expect([...called].filter((route) => !served.has(route))).toEqual([]);
  });
});
