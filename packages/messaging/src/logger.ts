import {
  EthoraConfigError,
  type EthoraLogger,
  type EthoraLogLevel,
  redact,
  redactString,
} from '@ethora/client';

/** The logger the messenger writes to: levelled, redacting, and never throwing. */
export interface MessagingLogger extends EthoraLogger {
  /** Adds a value that must never be logged (a password or token obtained at run time). */
  addSecret(secret: string): void;
}

const RANK: Record<EthoraLogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
const METHODS = ['debug', 'info', 'warn', 'error'] as const;

/**
 * Wraps the configured logger: lines below `level` are dropped, and every message and field is scrubbed of
 * tokens and of the secrets the messenger has seen (passwords from `credentials()`), whatever the call site.
 */
export function createMessagingLogger(logger: unknown, level: unknown = 'warn'): MessagingLogger {
  if (
    logger !== undefined &&
    (typeof logger !== 'object' ||
      logger === null ||
      METHODS.some((method) => typeof (logger as Record<string, unknown>)[method] !== 'function'))
  ) {
    throw new EthoraConfigError(
      'logger',
      'logger must have debug, info, warn and error methods (console works).',
    );
  }
  if (typeof level !== 'string' || !(level in RANK)) {
    throw new EthoraConfigError('logLevel', "logLevel must be 'debug', 'info', 'warn', 'error' or 'silent'.");
  }
  const secrets: string[] = [];
  const threshold = RANK[level as EthoraLogLevel];
  const out = {
    addSecret(secret: string) {
      if (secret && !secrets.includes(secret)) secrets.push(secret);
    },
  } as MessagingLogger;
  for (const method of METHODS) {
    out[method] = (message, meta) => {
      if (!logger || RANK[method] < threshold) return;
      try {
        const safeMeta = meta === undefined ? undefined : (redact(meta, secrets) as Record<string, unknown>);
        (logger as EthoraLogger)[method](redactString(message, secrets), safeMeta);
      } catch {
        // A broken logger must not break the connection.
      }
    };
  }
  return out;
}
