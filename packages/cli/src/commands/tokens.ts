import { createClientToken, createServerToken } from '@ethora/sdk';
import { decodeJwt } from 'jose';
import type { CommandContext } from '../context.js';
import { withArgumentNames } from '../describe-error.js';
import { EXIT_CODES, type ExitCode } from '../exit-codes.js';

const NAMES = { userId: '<userId>', expiresIn: '--ttl' };

/** `ethora token client <userId> [--ttl]`: prints a client token alone (or `--json` with its expiry). */
export async function runTokenClient(
  ctx: CommandContext,
  userId: string,
  ttl: string | undefined,
): Promise<ExitCode> {
  const config = await ctx.tokenConfig();
  let token: string;
  try {
    token = await createClientToken(config, userId, ttl === undefined ? {} : { expiresIn: ttl });
  } catch (error) {
    throw withArgumentNames(error, NAMES);
  }
  printToken(ctx, token, { type: 'client', userId });
  return EXIT_CODES.ok;
}

/** `ethora token server [--ttl]`: prints a server token alone (or `--json` with its expiry). */
export async function runTokenServer(ctx: CommandContext, ttl: string | undefined): Promise<ExitCode> {
  const config = await ctx.tokenConfig();
  let token: string;
  try {
    token = await createServerToken(config, ttl === undefined ? {} : { expiresIn: ttl });
  } catch (error) {
    throw withArgumentNames(error, NAMES);
  }
  printToken(ctx, token, { type: 'server' });
  return EXIT_CODES.ok;
}

function printToken(ctx: CommandContext, token: string, facts: Record<string, string>): void {
  if (!ctx.out.json) {
    // The token alone, so that `$(ethora token client alice)` is the token.
    ctx.out.line(token);
    return;
  }
  const { exp, iat } = decodeJwt(token);
  ctx.out.document({
    token,
    ...facts,
    issuedAt: iat === undefined ? null : new Date(iat * 1000).toISOString(),
    expiresAt: exp === undefined ? null : new Date(exp * 1000).toISOString(),
  });
}
