import type { EthoraConfig } from '@ethora/sdk';
import { usageError } from '../cli-error.js';
import type { CommandContext } from '../context.js';
import { describeError } from '../describe-error.js';
import { EXIT_CODES, type ExitCode } from '../exit-codes.js';
import { inspectToken, type TokenInspection } from './token-analysis.js';

const KEY_NAMES = {
  'scoped-server': 'the scoped server key (derived from the app secret for "server")',
  'scoped-client': 'the scoped client key (derived from the app secret for "client")',
  'raw-secret': 'the raw app secret',
  none: 'no key of the configured app',
} as const;

/**
 * `ethora token inspect <jwt|->`: header, claims, type, times in plain words, the key that verifies it and why it
 * would be rejected. Exit 1 when the configured app would reject it, else 0.
 */
export async function runTokenInspect(ctx: CommandContext, argument: string): Promise<ExitCode> {
  if (argument === '-' && ctx.options.appSecretFile === '-') {
    throw usageError(
      'Standard input cannot carry both the token and the app secret.',
      'pass the token as the argument, or the secret in a file or ETHORA_CHAT_APP_SECRET',
    );
  }
  const input = argument === '-' ? await ctx.where.readStdin() : argument;
  let config: EthoraConfig | undefined;
  let unverifiedBecause: string | undefined;
  const sources = await ctx.sources();
  if (sources.values.appSecret === undefined || sources.values.appId === undefined) {
    unverifiedBecause = 'no app id and secret are configured, so the signature was not checked';
  } else {
    try {
      config = await ctx.tokenConfig();
    } catch (error) {
      unverifiedBecause = `the configuration is not usable: ${describeError(error, ctx.secrets).message}`;
    }
  }
  const inspection = await inspectToken(input, config, unverifiedBecause);
  if (ctx.out.json) ctx.out.document(inspection);
  else printInspection(ctx, inspection);
  return inspection.accepted === false ? EXIT_CODES.failed : EXIT_CODES.ok;
}

function printInspection(ctx: CommandContext, token: TokenInspection): void {
  const { out } = ctx;
  const { colors } = out;
  const rows: [string, string][] = [
    ['Type', `${token.type}${token.typeFrom === 'claim' ? ' (data.type)' : ' (inferred from its claims)'}`],
    ['App', token.appId ?? '(none)'],
  ];
  if (token.userId !== null) rows.push(['User', token.userId]);
  rows.push(['Issued', token.issuedAt === null ? 'no iat claim' : `${token.issuedAt} (${token.issued})`]);
  rows.push([
    'Expires',
    token.expiresAt === null
      ? 'never (no exp claim)'
      : `${token.expiresAt} (${token.expires.endsWith('ago') ? `expired ${token.expires}` : token.expires})`,
  ]);
  if (token.notBefore !== null) rows.push(['Not before', token.notBefore]);
  rows.push([
    'Verified',
    token.verifiedWith === null
      ? colors.dim(`not checked: ${token.unverifiedBecause ?? 'no secret'}`)
      : `${token.verifiedWith === 'none' ? colors.red('✘') : colors.green('✔')} ${token.verifiedWith}: ${KEY_NAMES[token.verifiedWith]}`,
  ]);
  const verdict =
    token.accepted === null
      ? colors.dim('unknown (configure the app secret to check the signature)')
      : token.accepted
        ? `${colors.green('✔')} the configured app would accept it`
        : `${colors.red('✘')} it would be rejected`;
  rows.push(['Verdict', verdict]);
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) out.line(`${colors.bold(label.padEnd(width))}  ${value}`);
  for (const problem of token.problems) {
    const mark = problem.fatal ? colors.red('✘') : colors.yellow('!');
    out.line(`${' '.repeat(width)}  ${mark} ${problem.reason}: ${problem.message}`);
  }
  out.line(`${colors.bold('Header'.padEnd(width))}  ${JSON.stringify(token.header)}`);
  out.line(`${colors.bold('Claims'.padEnd(width))}  ${JSON.stringify(token.claims)}`);
}
