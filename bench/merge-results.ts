import type { TargetCheck } from './targets.js';

const VERDICT = { met: 'met', missed: '**missed**', pending: 'pending' } as const;

/** The markdown of `report` from its `## <title>` heading to the next `## ` heading (or the end). */
function sectionOf(report: string, title: string): string | undefined {
  const start = report.indexOf(`\n## ${title}\n`);
  if (start === -1) return undefined;
  const next = report.indexOf('\n## ', start + 1);
  return report.slice(start + 1, next === -1 ? undefined : next + 1);
}

/**
 * Puts the emulator section of a partial run (`--only=emulator --write`) into an existing RESULTS.md: its
 * `## Emulator` section and its rows of the targets table are replaced, everything else is kept, so a
 * section measured on its own does not erase the other sections' figures. `when` says how the run went.
 */
export function mergeEmulatorSection(
  existing: string,
  partialReport: string,
  targets: readonly TargetCheck[],
  when: string,
): string {
  const section = sectionOf(partialReport, 'Emulator');
  if (section === undefined) throw new Error('the partial report has no Emulator section');
  const rows = targets
    .filter((target) => target.target.startsWith('emulator:'))
    .map((target) => `| ${target.target} | ${target.measured} | ${VERDICT[target.verdict]} |`);
  const lines = existing.split('\n').filter((line) => !line.startsWith('| emulator:'));
  // The targets table: the first run of `|` lines after its heading; the new rows go at its end.
  let at = lines.indexOf('## Targets');
  if (at !== -1) {
    while (at < lines.length && !lines[at]!.startsWith('|')) at += 1;
    while (at < lines.length && lines[at]!.startsWith('|')) at += 1;
    lines.splice(at, 0, ...rows);
  }
  let merged = lines.join('\n');
  const old = sectionOf(merged, 'Emulator');
  if (old !== undefined) merged = merged.replace(old, '');
  const [heading, ...body] = section.trimEnd().split('\n');
  return `${merged.trimEnd()}\n\n${heading}\n\n${when}\n${body.join('\n')}\n`;
}
