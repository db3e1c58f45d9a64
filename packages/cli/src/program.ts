import { Command, type Command as CommanderCommand, Option, type OutputConfiguration } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import { usageError } from './cli-error.js';
import { runDoctor } from './commands/doctor.js';
import { listApps, listRooms, listUsers } from './commands/lists.js';
import { runTokenInspect } from './commands/token-inspect.js';
import { runTokenClient, runTokenServer } from './commands/tokens.js';
import { runCleanup, runProvision } from './commands/workspace.js';
import type { CommandContext, GlobalOptions } from './context.js';
import type { ExitCode } from './exit-codes.js';

/** Runs a command with its context and returns its exit code. */
export type CommandRunner = (
  command: CommanderCommand,
  body: (ctx: CommandContext, options: Record<string, unknown>) => Promise<ExitCode>,
) => Promise<void>;

const HELP_AFTER = `
Configuration (first found wins): the flags above; the environment variables ETHORA_CHAT_API_URL,
ETHORA_CHAT_APP_ID, ETHORA_CHAT_APP_SECRET, ETHORA_CHAT_BOT_JID, ETHORA_CHAT_JID_DOMAIN; with --profile <name>
(or ETHORA_PROFILE) the file .env.<name> in this directory; then .env in this directory. The secret is read from
--app-secret-file (a file, or - for standard input), the environment or those files; it is never printed.

Output: tables on a terminal, plain text when piped or with NO_COLOR; --json prints one JSON document on stdout
and nothing else; messages go to stderr.
Exit codes: 0 done, 1 failed, 2 partly done (some items failed), 64 usage error, 130 interrupted.

Examples:
  $ ethora doctor
  $ ethora token client alice --ttl 15m
  $ ethora token inspect "$TOKEN"
  $ ethora workspace provision --chat ws-1 --users users.csv --title "Design team"
  $ ethora users list --chat ws-1 --csv > members.csv
  $ ethora emulator --port 4100`;

/** Builds the `ethora` program; `run` executes each command's body, `output` is where help and errors go. */
export function createProgram(run: CommandRunner, output: OutputConfiguration): Command {
  // Settings made before the commands are added are inherited by them.
  const program = new Command('ethora')
    .configureOutput(output)
    .description('Check an Ethora configuration, mint and inspect tokens, provision workspaces.')
    .version(packageJson.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .helpCommand(false)
    .showSuggestionAfterError(true)
    .exitOverride()
    .option('--api-url <url>', 'API origin, e.g. https://api.chat.ethora.com (ETHORA_CHAT_API_URL)')
    .option('--app-id <appId>', "the app's 24-hex id (ETHORA_CHAT_APP_ID)")
    .option(
      '--app-secret-file <file>',
      'read the app secret from a file, or "-" for standard input (else ETHORA_CHAT_APP_SECRET)',
    )
    .option('--bot-jid <jid>', "the app bot's JID or local part (ETHORA_CHAT_BOT_JID)")
    .option('--jid-domain <domain>', 'conference domain of room JIDs (ETHORA_CHAT_JID_DOMAIN)')
    .option('--profile <name>', 'read .env.<name> from this directory (ETHORA_PROFILE)')
    .addOption(
      new Option('--token-signing <scheme>', 'how server and client tokens are signed')
        .choices(['scoped', 'raw'])
        .default(undefined, 'scoped'),
    )
    .addOption(new Option('--app-secret <secret>').hideHelp())
    .option('--json', 'print one JSON document on stdout and nothing else')
    .option('--no-color', 'no colours (also NO_COLOR)')
    .option('--no-progress', 'no progress bars')
    .option('--debug', 'show stack traces and the SDK debug log on stderr')
    .addHelpText('after', HELP_AFTER);

  program
    .command('doctor')
    .description('check the configuration, the API, the server token, the clock, the JID domain and the bot')
    .action((_options, command: CommanderCommand) => run(command, (ctx) => runDoctor(ctx)));

  const token = program.command('token').description('mint and inspect JWTs').helpCommand(false);
  token
    .command('client')
    .description('print a client token for a user (for a chat frontend)')
    .argument('<userId>', 'the id the user was created with')
    .option('--ttl <duration>', 'lifetime, e.g. 90s, 15m, 1h, 2d (default 1h)')
    .action((userId: string, _options, command: CommanderCommand) =>
      run(command, (ctx, options) => runTokenClient(ctx, userId, options.ttl as string | undefined)),
    );
  token
    .command('server')
    .description('print a server token for your own API calls')
    .option('--ttl <duration>', 'lifetime, e.g. 90s, 15m, 1h (default 5m)')
    .action((_options, command: CommanderCommand) =>
      run(command, (ctx, options) => runTokenServer(ctx, options.ttl as string | undefined)),
    );
  token
    .command('inspect')
    .description('decode a JWT: claims, type, times, which key verifies it, why it would be rejected')
    .argument('<jwt>', 'the token, or "-" to read it from standard input')
    .action((jwt: string, _options, command: CommanderCommand) =>
      run(command, (ctx) => runTokenInspect(ctx, jwt)),
    );

  const workspace = program
    .command('workspace')
    .description('provision and clean up workspace rooms')
    .helpCommand(false);
  workspace
    .command('provision')
    .description('create the room, the users and their access from a CSV or JSON file (safe to re-run)')
    .requiredOption('--chat <chatId>', "the workspace's chat id")
    .requiredOption('--users <file>', 'CSV with a userId,displayName,email header, or a JSON array')
    .option('--title <title>', 'room title when the room is created')
    .option('--concurrency <n>', 'user batches in flight, 1-16 (default 10)')
    .option('--dry-run', 'check the file and show what would be done; change nothing', false)
    .action((_options, command: CommanderCommand) =>
      run(command, (ctx, options) => runProvision(ctx, options)),
    );
  workspace
    .command('cleanup')
    .description("delete the workspace's room, and the users of a file")
    .requiredOption('--chat <chatId>', "the workspace's chat id")
    .option('--users <file>', 'also delete these users (CSV or JSON, as for provision)')
    .option('--concurrency <n>', 'delete requests in flight, 1-16 (default 10)')
    .action((_options, command: CommanderCommand) =>
      run(command, (ctx, options) => runCleanup(ctx, options)),
    );

  program
    .command('users')
    .description('users of the app')
    .helpCommand(false)
    .command('list')
    .description('list every user of the app, or of one room (all pages)')
    .option('--chat <chatId>', "only this room's members")
    .option('--csv', 'CSV with userId,displayName,email (the format provision reads)', false)
    .action((_options, command: CommanderCommand) => run(command, (ctx, options) => listUsers(ctx, options)));
  program
    .command('apps')
    .description('apps this server token manages')
    .helpCommand(false)
    .command('list')
    .description('list the apps (all pages)')
    .action((_options, command: CommanderCommand) => run(command, (ctx) => listApps(ctx)));
  program
    .command('rooms')
    .description("the app's rooms")
    .helpCommand(false)
    .command('list')
    .description("list the app's rooms (all pages)")
    .action((_options, command: CommanderCommand) => run(command, (ctx) => listRooms(ctx)));
  program
    .command('emulator')
    .description('run a local Ethora API (@ethora/emulator); `ethora emulator --help` lists its flags')
    .allowUnknownOption()
    .helpOption(false);
  return program;
}

/** Reads the global options of a command, refusing a secret typed on the command line. */
export function globalOptionsOf(command: CommanderCommand): GlobalOptions {
  const options = command.optsWithGlobals() as GlobalOptions & { appSecret?: string };
  if (options.appSecret !== undefined) {
    throw usageError(
      '--app-secret is not accepted: a secret typed on the command line stays in the shell history.',
      'use --app-secret-file <file> (or - for standard input) or the ETHORA_CHAT_APP_SECRET environment variable',
    );
  }
  return { ...options, json: options.json === true, debug: options.debug === true };
}
