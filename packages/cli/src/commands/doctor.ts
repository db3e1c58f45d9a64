import type { CommandContext } from '../context.js';
import { EXIT_CODES, type ExitCode } from '../exit-codes.js';
import type { CheckResult } from './doctor-check-result.js';
import { runChecks } from './doctor-checks.js';

/**
 * `ethora doctor`: checks the configuration, the API, a server token, the clock, the JID domain and the bot,
 * each with ✔/✘, what was measured and, on failure, the fix. Exit 0 only when no check failed.
 */
export async function runDoctor(ctx: CommandContext): Promise<ExitCode> {
  const checks = await runChecks(ctx);
  const count = (status: CheckResult['status']) => checks.filter((check) => check.status === status).length;
  const summary = { passed: count('pass'), failed: count('fail'), skipped: count('skip') };
  const ok = summary.failed === 0;
  const { out } = ctx;
  if (out.json) {
    out.document({ ok, checks, summary });
    return ok ? EXIT_CODES.ok : EXIT_CODES.failed;
  }
  const { colors } = out;
  const mark = { pass: colors.green('✔'), fail: colors.red('✘'), skip: colors.dim('–') } as const;
  const width = Math.max(...checks.map((check) => check.title.length));
  for (const check of checks) {
    out.line(`${mark[check.status]} ${check.title.padEnd(width)}  ${check.value}`);
    if (check.id === 'config' && check.status === 'pass') {
      for (const line of settingLines(check)) out.line(colors.dim(`    ${line}`));
    }
    if (check.fix) out.line(`  ${' '.repeat(width)}  ${colors.yellow(`Fix: ${check.fix}.`)}`);
  }
  const parts = [`${summary.passed} passed`, `${summary.failed} failed`];
  if (summary.skipped > 0) parts.push(`${summary.skipped} skipped`);
  out.line();
  out.line(ok ? colors.green(parts.join(', ')) : colors.red(parts.join(', ')));
  return ok ? EXIT_CODES.ok : EXIT_CODES.failed;
}

function settingLines(check: CheckResult): string[] {
  const settings = (check.data?.settings ?? []) as { setting: string; value?: string; source: string }[];
  const width = Math.max(...settings.map((entry) => entry.setting.length));
  return settings.map((entry) =>
    entry.value === undefined
      ? `${entry.setting.padEnd(width)}  (not set)`
      : `${entry.setting.padEnd(width)}  ${entry.value}  ← ${entry.source}`,
  );
}
