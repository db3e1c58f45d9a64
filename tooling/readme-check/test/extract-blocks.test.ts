import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../src/extract-blocks.js';

const markdown = (...lines: string[]) => lines.join('\n');

describe('extractBlocks', () => {
  it('finds ```ts and ```typescript blocks with their fence and first-line numbers, ignoring other languages', () => {
    const { blocks, problems } = extractBlocks(
      markdown(
        '# Title',
        '```sh',
        'npm i @ethora/sdk',
        '```',
        '```ts',
        "const a = 'a';",
        "const b = 'b';",
        '```',
        'text',
        '```TypeScript title="x.ts"',
        'const c = 1;',
        '```',
        '```diff',
        "- import x from 'y';",
        '```',
      ),
      'README.md',
    );
    expect(problems).toEqual([]);
    expect(blocks).toEqual([
      { file: 'README.md', fenceLine: 5, firstLine: 6, lines: ["const a = 'a';", "const b = 'b';"] },
      { file: 'README.md', fenceLine: 10, firstLine: 11, lines: ['const c = 1;'] },
    ]);
  });

  it('keeps a shorter fence or a fence of the other character inside a block, and strips the fence indentation', () => {
    const { blocks } = extractBlocks(
      markdown(
        '- item',
        '  ````ts',
        '  const md = `',
        '  ```',
        '  ~~~',
        '  `;',
        '  ````',
        '~~~ts',
        'let x = 1;',
        '~~~',
      ),
      'doc.md',
    );
    expect(blocks.map((block) => block.lines)).toEqual([
      ['const md = `', '```', '~~~', '`;'],
      ['let x = 1;'],
    ]);
  });

  it('runs an unclosed block to the end of the file, as Markdown renders it', () => {
    const { blocks } = extractBlocks(markdown('```ts', 'const a = 1;', ''), 'README.md');
    expect(blocks).toEqual([{ file: 'README.md', fenceLine: 1, firstLine: 2, lines: ['const a = 1;', ''] }]);
  });

  it('marks a block skipped by a marker on the line right before its fence, with the reason given', () => {
    const { blocks, problems } = extractBlocks(
      markdown(
        '<!-- readme-check: skip: code of the previous SDK -->',
        '```ts',
        "import { x } from '@ethora/sdk-backend';",
        '```',
        '```ts',
        'const checked = 1;',
        '```',
      ),
      'README.md',
    );
    expect(problems).toEqual([]);
    expect(blocks.map((block) => [block.fenceLine, block.skipReason])).toEqual([
      [2, 'code of the previous SDK'],
      [5, undefined],
    ]);
  });

  it('reports a marker without a reason, an unknown marker, and markers not right before a ```ts fence', () => {
    const { blocks, problems } = extractBlocks(
      markdown(
        '<!-- readme-check: skip -->',
        '```ts',
        'const a = 1;',
        '```',
        '<!-- readme-check: ignore this -->',
        '<!-- readme-check: skip: blank line follows -->',
        '',
        '```ts',
        'const b = 1;',
        '```',
        '<!-- readme-check: skip: not TypeScript -->',
        '```sh',
        'ls',
        '```',
        '<!-- readme-check: skip: nothing follows -->',
      ),
      'README.md',
    );
    expect(blocks.map((block) => block.skipReason)).toEqual([undefined, undefined]);
    expect(problems.map((problem) => [problem.line, problem.message])).toEqual([
      [1, expect.stringContaining('needs a reason')],
      [5, expect.stringContaining('unknown readme-check marker')],
      [6, expect.stringContaining('a line that is not a code fence follows it')],
      [11, expect.stringContaining('a ```sh block follows it')],
      [15, expect.stringContaining('the end of the file follows it')],
    ]);
  });
});
