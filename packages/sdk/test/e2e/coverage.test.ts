import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { createChatRepository } from '../../src/index.js';

const here = fileURLToPath(new URL('.', import.meta.url));

it('every method of the repository runs in this end-to-end suite', async () => {
  const repo = createChatRepository({
    apiUrl: 'http://127.0.0.1:1',
    appId: '6650aaaabbbbccccdddd0001',
    appSecret: 's',
  });
  const methods = Object.entries(repo)
    .filter(([, value]) => typeof value === 'function')
    .map(([name]) => name);
  const files = (await readdir(here)).filter(
    (name) => (name.endsWith('.test.ts') && name !== 'coverage.test.ts') || name === 'harness.ts',
  );
  const sources = (await Promise.all(files.map((name) => readFile(`${here}/${name}`, 'utf8')))).join('\n');
  expect(methods.length).toBeGreaterThan(40);
  expect(methods.filter((name) => !sources.includes(`.${name}(`))).toEqual([]);
});
