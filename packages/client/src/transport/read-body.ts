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
 * A body gathered chunk by chunk as it arrives, refused past `limit` bytes: the one place a response size
 * limit applies. The chunks are decoded bytes (`fetch` decodes itself; undici's answers go through
 * {@link decodeBody}, which keeps the same limit).
 */
export class BodyBuffer {
  readonly #parts: Uint8Array[] = [];
  #size = 0;

  constructor(
    readonly status: number,
    readonly limit: number,
  ) {}

  /** Keeps `chunk`; throws {@link ResponseTooLarge} once the body grows past the limit. */
  add(chunk: Uint8Array): void {
    this.#size += chunk.byteLength;
    if (this.#size > this.limit) throw new ResponseTooLarge(this.status);
    this.#parts.push(chunk);
  }

  /** The whole body, in one buffer. */
  bytes(): Bytes {
    if (this.#parts.length === 1) return this.#parts[0] as Bytes;
    const body = new Uint8Array(this.#size);
    let offset = 0;
    for (const part of this.#parts) {
      body.set(part, offset);
      offset += part.byteLength;
    }
    return body;
  }
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
