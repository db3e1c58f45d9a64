import { redact, redactString } from './redact.js';

/** Where the client writes diagnostics; `console`, pino and winston fit. It never receives a secret or token. */
export interface EthoraLogger {
  /**
   * Each attempt's request and response (method, path template, status, request id, timing) and each
   * failed call (`request failed`: an HTTP error answer, or a network error or timeout after the last
   * retry). The caller receives those failures anyway, so they stay out of the default `warn` output.
   */
  debug(message: string, meta?: Record<string, unknown>): void;
  /** Not used by the client today; kept so that `console`, pino and winston fit as they are. */
  info(message: string, meta?: Record<string, unknown>): void;
  /** Retries about to happen (`retrying`), with the reason (`status 503`, `timeout`...) and the delay. */
  warn(message: string, meta?: Record<string, unknown>): void;
  /** Reserved for failures of the client itself. */
  error(message: string, meta?: Record<string, unknown>): void;
}

/** Lowest level that reaches the logger; `'silent'` turns logging off. */
export type EthoraLogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const LEVEL_RANK: Record<EthoraLogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
const METHODS = ['debug', 'info', 'warn', 'error'] as const;
const noop = () => {};

/** A logger that writes to the global `console` with an `[ethora]` prefix. */
export const consoleLogger: EthoraLogger = {
  debug: (message, meta) => console.debug(`[ethora] ${message}`, ...(meta ? [meta] : [])),
  info: (message, meta) => console.info(`[ethora] ${message}`, ...(meta ? [meta] : [])),
  warn: (message, meta) => console.warn(`[ethora] ${message}`, ...(meta ? [meta] : [])),
  error: (message, meta) => console.error(`[ethora] ${message}`, ...(meta ? [meta] : [])),
};

/** A logger that drops everything. */
export const silentLogger: EthoraLogger = { debug: noop, info: noop, warn: noop, error: noop };

/** The logger the runtime writes to, with a cheap check before building a log line. */
export interface LevelledLogger extends EthoraLogger {
  /** True when a line at `level` would reach the underlying logger. */
  enabled(level: Exclude<EthoraLogLevel, 'silent'>): boolean;
}

/**
 * Wraps `logger` so that lines below `level` are dropped and every message and field passes
 * through {@link redact} first, with the values `secrets` returns when the line is written: even a
 * careless call site cannot hand the logger a token. A logger that throws is ignored rather than
 * failing the request.
 */
export function createLevelledLogger(
  logger: EthoraLogger,
  level: EthoraLogLevel,
  secrets: () => readonly string[] = () => [],
): LevelledLogger {
  const threshold = LEVEL_RANK[level];
  const out = {
    enabled: (at: Exclude<EthoraLogLevel, 'silent'>) => LEVEL_RANK[at] >= threshold,
  } as LevelledLogger;
  for (const method of METHODS) {
    out[method] =
      LEVEL_RANK[method] < threshold
        ? noop
        : (message, meta) => {
            try {
              const known = secrets();
              const safeMeta =
                meta === undefined ? undefined : (redact(meta, known) as Record<string, unknown>);
              logger[method](redactString(message, known), safeMeta);
            } catch {
              // A broken logger must not turn a successful call into a failure.
            }
          };
  }
  return out;
}
