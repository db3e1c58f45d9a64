/** One ```ts / ```typescript code block of a Markdown file. */
export interface CodeBlock {
  /** The Markdown file as given to {@link extractBlocks} (a path relative to the repository root). */
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly fenceLine: number;
  /** 1-based line of the block's first code line (`fenceLine + 1`). */
  readonly firstLine: number;
  /** The code lines, with the fence's indentation removed. */
  readonly lines: readonly string[];
  /** Set when a `<!-- readme-check: skip ... -->` marker precedes the fence: the reason it gives. */
  readonly skipReason?: string;
}

/** A malformed or misplaced skip marker: reported as a failure so that no block is skipped silently. */
export interface MarkerProblem {
  /** The Markdown file. */
  readonly file: string;
  /** 1-based line of the marker. */
  readonly line: number;
  /** What is wrong with it. */
  readonly message: string;
}

/** The blocks of one Markdown file and the problems with its skip markers. */
export interface ExtractedBlocks {
  /** Every TypeScript block, skipped ones included (with `skipReason`). */
  readonly blocks: CodeBlock[];
  /** Markers without a reason, or not directly before a TypeScript fence. */
  readonly problems: MarkerProblem[];
}

/** Info strings whose blocks are type-checked. */
const TYPESCRIPT_LANGUAGES = new Set(['ts', 'typescript']);

const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})\s*([^\s`]*)/;
const MARKER = /<!--\s*readme-check\s*:\s*(.*?)\s*-->/;
const SKIP = /^skip\b\s*[:\-–—]?\s*(.*)$/;

/** Finds the TypeScript code blocks of a Markdown text, with their line numbers and skip markers. */
export function extractBlocks(markdown: string, file: string): ExtractedBlocks {
  const lines = markdown.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  const problems: MarkerProblem[] = [];
  // A skip marker applies to the fence on the very next line, so it is held for one line only.
  let pendingSkip: { line: number; reason: string } | undefined;

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const open = FENCE_OPEN.exec(line);
    if (open) {
      const [, indent = '', fence = '', info = ''] = open;
      const close = findClosingFence(lines, index + 1, fence);
      if (TYPESCRIPT_LANGUAGES.has(info.toLowerCase())) {
        blocks.push({
          file,
          fenceLine: index + 1,
          firstLine: index + 2,
          lines: lines.slice(index + 1, close).map((code) => stripIndent(code, indent.length)),
          ...(pendingSkip ? { skipReason: pendingSkip.reason } : {}),
        });
      } else if (pendingSkip) {
        problems.push(misplaced(file, pendingSkip.line, `a \`\`\`${info || '(no language)'} block`));
      }
      pendingSkip = undefined;
      index = close;
      continue;
    }

    if (pendingSkip) problems.push(misplaced(file, pendingSkip.line, 'a line that is not a code fence'));
    pendingSkip = undefined;

    const marker = MARKER.exec(line);
    if (!marker) continue;
    const skip = SKIP.exec(marker[1] ?? '');
    if (!skip) {
      problems.push({ file, line: index + 1, message: `unknown readme-check marker "${marker[0]}"` });
    } else if (!skip[1]) {
      problems.push({
        file,
        line: index + 1,
        message:
          'a skip marker needs a reason: <!-- readme-check: skip: why this block cannot be checked -->',
      });
    } else {
      pendingSkip = { line: index + 1, reason: skip[1] };
    }
  }
  if (pendingSkip) problems.push(misplaced(file, pendingSkip.line, 'the end of the file'));
  return { blocks, problems };
}

/** Index of the line closing a fence opened with `fence`, or the end of the text (CommonMark rules). */
function findClosingFence(lines: readonly string[], from: number, fence: string): number {
  const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
  for (let index = from; index < lines.length; index++) {
    if (closing.test(lines[index] ?? '')) return index;
  }
  return lines.length;
}

/** Removes up to `width` leading spaces, as CommonMark does for the content of an indented fence. */
function stripIndent(line: string, width: number): string {
  let cut = 0;
  while (cut < width && line[cut] === ' ') cut++;
  return line.slice(cut);
}

function misplaced(file: string, line: number, followedBy: string): MarkerProblem {
  return {
    file,
    line,
    message: `a skip marker must be on the line right before a \`\`\`ts fence, but ${followedBy} follows it`,
  };
}
