import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { CodeBlock } from './extract-blocks.js';
import { wrapBlock } from './wrap-block.js';

/** One TypeScript error, placed in the README. */
export interface BlockDiagnostic {
  /** `README.md:60:7`: the README file, line and column of the error. */
  readonly location: string;
  /** `TS2345`. */
  readonly code: string;
  /** TypeScript's message, flattened to one text. */
  readonly message: string;
}

/** Where {@link checkBlocks} writes its temporary modules, and which globals they see. */
export interface CheckBlocksOptions {
  /**
   * Directory under which the temporary modules are written (and removed afterwards). Bare imports
   * resolve from there, so its `node_modules` must hold `@ethora/sdk` and `@ethora/client`.
   */
  readonly workDir?: string;
  /** Declaration file of the free names snippets use. */
  readonly prelude?: string;
}

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Default declaration file of the snippets' free names (`repo`, `secrets`, `workspaceId`...). */
export const DEFAULT_PRELUDE = join(packageDir, 'prelude', 'readme-globals.d.ts');

/**
 * The compiler options of a strict Node.js backend project: what a user pasting a snippet would have, with
 * `exactOptionalPropertyTypes` too, the strictest setting such a project is likely to turn on.
 * `tsc --noEmit -p` on the written `tsconfig.json` reproduces a run (the directory is removed afterwards).
 */
export const SNIPPET_COMPILER_OPTIONS = {
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  lib: ['ES2022'],
  types: ['node'],
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  skipLibCheck: true,
  noEmit: true,
} as const;

/**
 * Type-checks blocks as one TypeScript program (one module per block) and returns each block's
 * errors, keyed by the block, with locations mapped back to the README.
 */
export function checkBlocks(
  blocks: readonly CodeBlock[],
  options: CheckBlocksOptions = {},
): Map<CodeBlock, BlockDiagnostic[]> {
  const workRoot = options.workDir ?? join(packageDir, '.tmp');
  mkdirSync(workRoot, { recursive: true });
  const dir = mkdtempSync(join(workRoot, 'snippets-'));
  try {
    const modules = new Map<string, { block: CodeBlock; readmeLines: readonly number[] }>();
    blocks.forEach((block, index) => {
      const wrapped = wrapBlock(block);
      const path = join(dir, `block-${String(index + 1).padStart(3, '0')}.ts`);
      writeFileSync(path, wrapped.text);
      modules.set(path, { block, readmeLines: wrapped.readmeLines });
    });
    const prelude = options.prelude ?? DEFAULT_PRELUDE;
    const configPath = join(dir, 'tsconfig.json');
    writeFileSync(
      configPath,
      `${JSON.stringify({ compilerOptions: SNIPPET_COMPILER_OPTIONS, files: [prelude, ...modules.keys()] }, null, 2)}\n`,
    );

    const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, parseConfigHost());
    if (!config) throw new Error(`could not read ${configPath}`);
    if (config.errors.length > 0) throw new Error(format(config.errors));
    const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });

    const results = new Map<CodeBlock, BlockDiagnostic[]>(blocks.map((block) => [block, []]));
    const general: ts.Diagnostic[] = [];
    for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
      const module = diagnostic.file && modules.get(resolve(diagnostic.file.fileName));
      if (!module || !diagnostic.file || diagnostic.start === undefined) {
        general.push(diagnostic);
        continue;
      }
      const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
      const readmeLine = module.readmeLines[line] ?? module.block.fenceLine;
      results.get(module.block)?.push({
        location: `${module.block.file}:${readmeLine}:${character + 1}`,
        code: `TS${diagnostic.code}`,
        message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
      });
    }
    // An error outside the snippets (the prelude, a package's types, the options) spoils every result.
    if (general.length > 0)
      throw new Error(`the snippet program itself does not compile:\n${format(general)}`);
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function parseConfigHost(): ts.ParseConfigFileHost {
  return {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(format([diagnostic]));
    },
  };
}

function format(diagnostics: readonly ts.Diagnostic[]): string {
  return ts.formatDiagnostics(diagnostics, {
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: () => process.cwd(),
    getNewLine: () => '\n',
  });
}
