import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ExtractedBlocks, extractBlocks } from './extract-blocks.js';

/** The repository root. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The READMEs whose TypeScript blocks users copy, relative to the repository root. */
export const CHECKED_READMES = [
  'README.md',
  'packages/sdk/README.md',
  'packages/client/README.md',
  'packages/emulator/README.md',
  'packages/messaging/README.md',
] as const;

/** Extracts the TypeScript blocks of every checked README. */
export function extractReadmeBlocks(readmes: readonly string[] = CHECKED_READMES): ExtractedBlocks {
  const all: ExtractedBlocks = { blocks: [], problems: [] };
  for (const readme of readmes) {
    const { blocks, problems } = extractBlocks(readFileSync(join(REPO_ROOT, readme), 'utf8'), readme);
    all.blocks.push(...blocks);
    all.problems.push(...problems);
  }
  return all;
}
