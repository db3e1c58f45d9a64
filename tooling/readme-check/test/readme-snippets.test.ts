import { beforeAll, describe, expect, it } from 'vitest';
import { type BlockDiagnostic, checkBlocks } from '../src/check-blocks.js';
import type { CodeBlock } from '../src/extract-blocks.js';
import { CHECKED_READMES, extractReadmeBlocks } from '../src/readmes.js';

const { blocks, problems } = extractReadmeBlocks();
let results: Map<CodeBlock, BlockDiagnostic[]>;

// One program for every block, skipped ones included: a skip must still be needed.
beforeAll(() => {
  results = checkBlocks(blocks);
});

const describeError = (diagnostic: BlockDiagnostic) =>
  `${diagnostic.location} ${diagnostic.code}: ${diagnostic.message}`;

describe('README TypeScript blocks type-check against the built packages', () => {
  it.each(CHECKED_READMES)('%s has TypeScript blocks to check', (readme) => {
    expect(blocks.filter((block) => block.file === readme).length).toBeGreaterThan(0);
  });

  it('every readme-check marker is well-formed and right before a ```ts fence', () => {
    expect(problems.map((problem) => `${problem.file}:${problem.line} ${problem.message}`)).toEqual([]);
  });

  for (const block of blocks) {
    if (block.skipReason === undefined) {
      it(`${block.file}:${block.fenceLine}`, () => {
        expect(results.get(block)?.map(describeError)).toEqual([]);
      });
    } else {
      // Listed by name in the output; fails once the block compiles, so a stale marker gets removed.
      it(`${block.file}:${block.fenceLine} skipped by marker (${block.skipReason}) and still not checkable`, () => {
        expect(
          results.get(block)?.length,
          'the block now type-checks: remove its skip marker',
        ).toBeGreaterThan(0);
      });
    }
  }
});
