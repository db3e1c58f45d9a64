import type { IncomingMessage } from 'node:http';
import { ApiError } from './api-error.js';

const EMPTY = Buffer.alloc(0);

/** How much of an oversized body is read (and thrown away) before the connection is closed. */
const DRAIN_LIMIT = 16 * 1024 * 1024;

/** Thrown when a request body is over the limit; the connection is closed after the answer. */
export class BodyTooLargeError extends ApiError {
  constructor(limit: number) {
    super(413, `Request body too large: the limit is ${limit} bytes`, { headers: { connection: 'close' } });
  }
}

/**
 * Reads a request body up to `limit` bytes. A larger one (by `Content-Length` or as it arrives) throws
 * {@link BodyTooLargeError}; the rest is drained up to a cap so the client can read the answer.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  // Most requests (every GET) carry no body: nothing to wait for.
  const { 'content-length': length, 'transfer-encoding': encoding } = request.headers;
  if (encoding === undefined && (length === undefined || length === '0')) return Promise.resolve(EMPTY);
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length']);
    let size = 0;
    let tooLarge = Number.isFinite(declared) && declared > limit;
    const chunks: Buffer[] = [];
    if (tooLarge) reject(new BodyTooLargeError(limit));
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (tooLarge) {
        if (size > DRAIN_LIMIT) request.destroy();
        return;
      }
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        reject(new BodyTooLargeError(limit));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (!tooLarge) resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks));
    });
    request.on('error', (error) => {
      if (!tooLarge) reject(error);
    });
  });
}

/**
 * Parses a JSON body. Empty means no body; a body in another content type, or malformed JSON, is a 400.
 */
export function parseJsonBody(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  if (contentType !== undefined && !/json/i.test(contentType)) {
    throw new ApiError(400, `Send the body as JSON (Content-Type: application/json), not ${contentType}`);
  }
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new ApiError(400, 'Malformed JSON in the request body');
  }
}
