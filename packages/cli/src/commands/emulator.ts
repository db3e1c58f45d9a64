import { EXIT_CODES, type ExitCode } from '../exit-codes.js';
import type { Output } from '../output/terminal.js';

/**
 * `ethora emulator [flags]`: runs `@ethora/emulator`'s command line with its own flags until Ctrl-C; it prints the
 * settings (`ETHORA_CHAT_*` lines) a `.env` needs to reach it.
 */
export async function runEmulator(argv: readonly string[], out: Output): Promise<ExitCode> {
  const { runEmulatorCli } = await import('@ethora/emulator');
  const rename = (line: string) => line.replaceAll('ethora-emulator', 'ethora emulator');
  const code = await runEmulatorCli(argv, {
    out: (line) => out.line(rename(line)),
    err: (line) => out.note(rename(line)),
  });
  // The emulator's own usage code is 2; this command line's is 64.
  if (code === 2) return EXIT_CODES.usage;
  return code === 0 ? EXIT_CODES.ok : EXIT_CODES.failed;
}
