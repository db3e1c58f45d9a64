import type { CredentialsFactory, XmppError } from '@xmpp/client';
import {
  EthoraMessagingAuthenticationError,
  EthoraMessagingConnectionError,
  EthoraMessagingError,
} from '../errors.js';
import type { ResolvedOptions } from '../options.js';

const AUTH_CONDITIONS = new Set([
  'not-authorized',
  'account-disabled',
  'credentials-expired',
  'invalid-mechanism',
]);

/**
 * The login step xmpp.js calls when the server asks for authentication: refuses to go on without TLS where
 * it is required, asks `credentials()` for the password (each login, so short-lived tokens stay fresh), keeps
 * it out of the logs, and picks the SASL mechanism.
 */
export function createLogin(options: ResolvedOptions): CredentialsFactory {
  return async (authenticate, mechanisms, _fast, entity) => {
    if (options.requireTls && !entity.isSecure()) {
      throw new EthoraMessagingConnectionError(
        `${options.service} offered no TLS (STARTTLS) before login; refusing to send credentials unencrypted ` +
          '(set allowInsecure to accept this).',
        { condition: 'tls-required' },
      );
    }
    let password: string;
    try {
      password = await options.password();
    } catch (error) {
      // Only the error's name is kept: a provider's message may well quote the credential it failed with.
      const withheld = new Error('(message withheld: it may carry the credential)');
      withheld.name = error instanceof Error ? error.name : typeof error;
      throw new EthoraMessagingAuthenticationError('The credentials() option failed to give a password.', {
        cause: withheld,
      });
    }
    if (typeof password !== 'string' || password === '') {
      throw new EthoraMessagingAuthenticationError(
        'The credentials() option gave no password (expected a non-empty string).',
      );
    }
    options.logger.addSecret(password);
    // Ethora's installs log in with PLAIN over TLS (which also carries short-lived tokens), and so does a
    // connection on this machine; an unencrypted one elsewhere (allowInsecure) prefers SCRAM, so that the
    // password itself never crosses it.
    const plainIsSafe = entity.isSecure() || options.loopback;
    const preferred = plainIsSafe ? ['PLAIN', 'SCRAM-SHA-1'] : ['SCRAM-SHA-1', 'PLAIN'];
    const mechanism = preferred.find((name) => mechanisms.includes(name)) ?? mechanisms[0];
    if (!mechanism) {
      throw new EthoraMessagingAuthenticationError(
        'The server offers no login mechanism this client supports.',
      );
    }
    await authenticate({ username: options.username, password }, mechanism);
  };
}

/** The typed error for a failed first connection: a refused login, or the reason the connection failed. */
export function loginError(error: unknown, options: ResolvedOptions): EthoraMessagingError {
  if (error instanceof EthoraMessagingError) return error;
  const xmppError = error as XmppError;
  const condition = xmppError?.condition;
  if (xmppError?.name === 'SASLError' || (condition && AUTH_CONDITIONS.has(condition))) {
    return new EthoraMessagingAuthenticationError(
      `Login as ${options.bareJid} was refused: ${condition ?? 'not-authorized'}.`,
      { condition, cause: error },
    );
  }
  const reason = xmppError?.code ?? condition ?? xmppError?.message ?? 'unknown error';
  return new EthoraMessagingConnectionError(`Could not connect to ${options.service}: ${reason}.`, {
    condition,
    cause: error,
  });
}
