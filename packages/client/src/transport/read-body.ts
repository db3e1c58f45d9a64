import type * as Zlib from 'node:zlib';
import type { Bytes } from './exchange.js';

/** Largest response body a client reads by default (its `maxResponseBytes`), counted on decoded bytes: 16 MiB. */
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/** The rejection of a read past the size limit, for an answer with `status`. */
export class ResponseTooLarge extends Error {
  constructor(readonly status: number) {
    super('The response body is larger than the client reads');
  }
}

/**
 * Reads a body to its end, counting bytes as they arrive and stopping past `limit`: the one place a
 * response size limit applies. The chunks are decoded bytes (`fetch` decodes itself; undici's answers
 * go through {@link decodeBody}, which keeps the same limit).
 */
export async function readBody(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  status: number,
  limit: number,
): Promise<Bytes> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.byteLength;
    // Leaving the loop ends the iterator, which ends the stream behind it.
    if (size > limit) throw new ResponseTooLarge(status);
    parts.push(chunk);
  }
  if (parts.length === 1) return parts[0] as Bytes;
  const body = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    body.set(part, offset);
    offset += part.byteLength;
  }
  return body;
}

type Decode = (
  input: Bytes,
  options: Zlib.ZlibOptions,
  done: (error: Error | null, out: Bytes) => void,
) => void;
const DECODERS = { gzip: 'gunzip', 'x-gzip': 'gunzip', deflate: 'inflate', br: 'brotliDecompress' } as const;

/**
 * Undoes a `Content-Encoding` (gzip, deflate, br, or a list of them, last first), each step stopped past
 * `limit` decoded bytes; unknown codings are left as they are, as `fetch` does.
 */
export async function decodeBody(
  zlib: typeof Zlib,
  body: Bytes,
  contentEncoding: string,
  status: number,
  limit: number,
): Promise<Bytes> {
  let out = body;
  for (const coding of contentEncoding.toLowerCase().split(',').reverse()) {
    const method = DECODERS[coding.trim() as keyof typeof DECODERS];
    if (method === undefined || out.byteLength === 0) continue;
    const decode = zlib[method] as Decode;
    out = await new Promise<Bytes>((resolve, reject) =>
      decode(out, { maxOutputLength: limit }, (error, decoded) => {
        if (!error) resolve(decoded);
        else
          reject(
            (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
              ? new ResponseTooLarge(status)
              : error,
          );
      }),
    );
  }
  return out;
}
