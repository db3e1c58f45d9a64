import { readFile, writeFile } from 'node:fs/promises';

const START = '<!-- messaging-results:start -->';
const END = '<!-- messaging-results:end -->';
const RESULTS = new URL('../RESULTS.md', import.meta.url);

/** The messaging section of `RESULTS.md` (between its markers, markers included), or '' when absent. */
export function messagingBlock(report: string): string {
  const start = report.indexOf(START);
  const end = report.indexOf(END);
  return start === -1 || end < start ? '' : report.slice(start, end + END.length);
}

/** Replaces (or appends) the messaging section of `RESULTS.md`, leaving the rest of the report as it was. */
export async function writeMessagingBlock(section: string): Promise<void> {
  const current = await readFile(RESULTS, 'utf8').catch(() => '# Benchmark results\n');
  const block = `${START}\n${section.trim()}\n${END}`;
  const existing = messagingBlock(current);
  const next = existing ? current.replace(existing, block) : `${current.trimEnd()}\n\n${block}\n`;
  await writeFile(RESULTS, next);
}
