import { inspect } from 'node:util';
import { redactToken, redactTokensIn, tokenClaims } from '../support/redact-token.js';

const JWT_SHAPE = /^eyJ[\w-]*\.[\w-]+\.[\w-]+$/;

/** Returns a copy of `value` in which every JWT-looking string is shortened to its redacted form. */
export function redactDeep(value: unknown): unknown {
  if (typeof value === 'string') return redactTokensIn(value);
  if (Array.isArray(value)) return value.map(redactDeep);
  if (value instanceof Error) return value;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, redactDeep(field)]));
  }
  return value;
}

/** One line for an error: its class and message (SDK messages never hold credentials; scrubbed again anyway). */
export function formatError(error: unknown): string {
  if (error instanceof Error) return redactTokensIn(`${error.name}: ${error.message}`);
  return redactTokensIn(String(error));
}

/** Readable, redacted rendering of a step's result, indented by `indent` spaces. */
export function formatResult(value: unknown, indent: number, colors: boolean): string {
  const pad = ' '.repeat(indent);
  if (value instanceof Error) return `${pad}✗ ${formatError(value)}`;
  if (typeof value === 'string' && JWT_SHAPE.test(value)) {
    const lines = [`${pad}${redactToken(value)}`];
    const claims = tokenClaims(value);
    if (claims) {
      const { iat, exp, ...rest } = claims;
      for (const [name, claim] of Object.entries(rest))
        lines.push(`${pad}${name}: ${render(claim, colors, indent)}`);
      lines.push(`${pad}iat: ${isoTime(iat)}   exp: ${isoTime(exp)}`);
    }
    return lines.join('\n');
  }
  return `${pad}${render(redactDeep(value), colors, indent)}`;
}

function isoTime(seconds: unknown): string {
  return typeof seconds === 'number' ? new Date(seconds * 1000).toISOString() : 'none';
}

function render(value: unknown, colors: boolean, indent: number): string {
  const text = inspect(value, { depth: 5, colors, breakLength: 100, compact: 3, maxArrayLength: 10 });
  return text.split('\n').join(`\n${' '.repeat(indent)}`);
}
