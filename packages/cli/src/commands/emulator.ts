import { EXIT_CODES, type ExitCode } from '../exit-codes.js';
import type { Output } from '../output/terminal.js';

/**
 * `ethora emulator [flags]`: runs `@ethora/emulator`'s command line with its own flags, until Ctrl-C.
 * It also prints the JID domain of the emulated install, so that a `.env` made from its lines passes `doctor`.
 */
export async function runEmulator(argv: readonly string[], out: Output): Promise<ExitCode> {
  const { parseEmulatorArgs, runEmulatorCli } = await import('@ethora/emulator');
  let xmppHost = 'localhost';
  try {
    xmppHost = parseEmulatorArgs(argv).emulator.xmppHost ?? xmppHost;
  } catch {
    // runEmulatorCli reports the usage error itself.
  }
  const rename = (line: string) => line.replaceAll('ethora-emulator', 'ethora emulator');
  const code = await runEmulatorCli(argv, {
    out: (line) => {
      out.line(rename(line));
      if (/^\s+ETHORA_CHAT_APP_ID=/.test(line)) {
        out.line(`${/^\s*/.exec(line)?.[0] ?? ''}ETHORA_CHAT_JID_DOMAIN=conference.${xmppHost}`);
      }
    },
    err: (line) => out.note(rename(line)),
  });
  // The emulator's own usage code is 2; this command line's is 64.
  if (code === 2) return EXIT_CODES.usage;
  return code === 0 ? EXIT_CODES.ok : EXIT_CODES.failed;
}
