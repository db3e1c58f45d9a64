import ts from 'typescript';
import type { CodeBlock } from './extract-blocks.js';

/** A README block turned into a TypeScript module, with the README line of each module line. */
export interface WrappedBlock {
  /** The module's text. */
  readonly text: string;
  /** `readmeLines[i]` is the README line (1-based) that module line `i` (0-based) came from. */
  readonly readmeLines: readonly number[];
}

/** Name of the async function the block's statements are wrapped in. */
export const SNIPPET_FUNCTION = 'readmeSnippet';

/**
 * Turns a block into a module: its imports stay at the top, every other statement goes into an
 * exported async function, so that snippets may `await` and `return` (an error-handling example
 * returns an HTTP answer) and may redeclare the prelude's free names (`repo`, `workspaceId`...).
 * Lines are copied unchanged, so TypeScript's columns are the README's.
 */
export function wrapBlock(block: CodeBlock): WrappedBlock {
  const source = block.lines.join('\n');
  const parsed = ts.createSourceFile('block.ts', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const importLines = new Set<number>();
  for (const statement of parsed.statements) {
    if (!ts.isImportDeclaration(statement) && !ts.isImportEqualsDeclaration(statement)) continue;
    const first = parsed.getLineAndCharacterOfPosition(statement.getStart(parsed)).line;
    const last = parsed.getLineAndCharacterOfPosition(statement.getEnd()).line;
    for (let line = first; line <= last; line++) importLines.add(line);
  }

  const text: string[] = [];
  const readmeLines: number[] = [];
  const emit = (line: string, readmeLine: number) => {
    text.push(line);
    readmeLines.push(readmeLine);
  };
  block.lines.forEach((line, index) => {
    if (importLines.has(index)) emit(line, block.firstLine + index);
  });
  emit(`export async function ${SNIPPET_FUNCTION}() {`, block.fenceLine);
  block.lines.forEach((line, index) => {
    if (!importLines.has(index)) emit(line, block.firstLine + index);
  });
  emit('}', block.firstLine + block.lines.length);
  return { text: `${text.join('\n')}\n`, readmeLines };
}
