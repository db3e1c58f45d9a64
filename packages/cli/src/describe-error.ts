import {
  EthoraAbortError,
  EthoraApiError,
  EthoraAuthenticationError,
  EthoraConfigError,
  EthoraError,
  EthoraJobError,
  EthoraJobTimeoutError,
  EthoraNetworkError,
  EthoraTimeoutError,
  EthoraTokenError,
  EthoraValidationError,
} from '@ethora/sdk';
import { CliError } from './cli-error.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';

/** A failure as the command line prints it: one line, the fix, and the exit code. */
export interface DescribedError {
  readonly message: string;
  readonly fix: string | undefined;
  readonly exitCode: ExitCode;
}

/**
 * Names of SDK arguments as the user typed them, per command (`options.chatId` → `--chat`), so a validation
 * error of the SDK points at the flag.
 */
export type ArgumentNames = Readonly<Record<string, string>>;

/**
 * Describes anything a command threw. The SDK's typed errors give the message (the SDK keeps tokens and secrets out
 * of them); as a second guard every message is scrubbed of JWTs and of the given secrets.
 */
export function describeError(error: unknown, secrets: readonly string[]): DescribedError {
  const described = describe(error);
  return {
    ...described,
    message: scrub(described.message, secrets),
    fix: described.fix === undefined ? undefined : scrub(described.fix, secrets),
  };
}

const JWT = /eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*/g;

/** Replaces JWTs and the given secrets in a text to print. */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text.replace(JWT, '[REDACTED]');
  for (const secret of secrets) if (secret.length > 0) out = out.split(secret).join('[REDACTED]');
  return out;
}

function describe(error: unknown): DescribedError {
  const failed = (message: string, fix?: string, exitCode: ExitCode = EXIT_CODES.failed) => ({
    message,
    fix,
    exitCode,
  });
  if (error instanceof CliError) return failed(error.message, error.fix, error.exitCode);
  if (error instanceof EthoraAbortError)
    return failed('Interrupted.', 'run the command again to continue', 130);
  if (error instanceof EthoraValidationError) {
    return failed(error.message, undefined, EXIT_CODES.usage);
  }
  if (error instanceof EthoraConfigError) {
    return failed(error.message, 'fix the setting it names; `ethora doctor` checks the whole configuration');
  }
  if (error instanceof EthoraAuthenticationError) {
    return failed(
      error.message,
      'the API rejected the server token: check that ETHORA_CHAT_APP_SECRET is the secret of ETHORA_CHAT_APP_ID ' +
        '(`ethora doctor` tells which check fails)',
    );
  }
  if (error instanceof EthoraApiError) return failed(error.message, apiFix(error));
  if (error instanceof EthoraNetworkError) {
    return failed(error.message, 'check ETHORA_CHAT_API_URL and that the API is up (`ethora doctor`)');
  }
  if (error instanceof EthoraTimeoutError) {
    return failed(error.message, 'the API answered too slowly: try again, or check the network to it');
  }
  if (error instanceof EthoraJobError || error instanceof EthoraJobTimeoutError) {
    return failed(error.message, 'run the command again: what was done is kept, the rest is retried');
  }
  if (error instanceof EthoraTokenError) return failed(error.message);
  if (error instanceof EthoraError) return failed(error.message);
  const message = error instanceof Error ? error.message : String(error);
  return failed(`Unexpected error: ${message}`, 'run again with --debug for the details, and report it');
}

function apiFix(error: EthoraApiError): string | undefined {
  if (error.code === 'APP_NOT_FOUND') return 'check ETHORA_CHAT_APP_ID: the API does not know this app';
  if (error.status === 403) return 'the server token may not do this: check the app and its permissions';
  if (error.status === 429) return 'the API is rate limiting: wait a moment, or lower --concurrency';
  if (error.status >= 500) return 'the API failed: try again later';
  return undefined;
}

/** Renames SDK argument names in a validation message to the flags the user typed. */
export function withArgumentNames(error: unknown, names: ArgumentNames): unknown {
  if (!(error instanceof EthoraValidationError)) return error;
  const entry = Object.entries(names).find(([argument]) => error.argument === argument);
  if (entry === undefined) return error;
  const [argument, flag] = entry;
  return new CliError(error.message.replace(`"${argument}"`, flag), {
    exitCode: EXIT_CODES.usage,
    cause: error,
  });
}
