import type { NodeModules } from './node-runtime.js';

/**
 * Decompresses a body according to its `Content-Encoding` (gzip, deflate, br, or a list of them,
 * undone in reverse order). Unknown encodings are left as they are, as `fetch` does.
 */
export async function decodeBody(
  zlib: NodeModules['zlib'],
  body: Buffer,
  contentEncoding: string | undefined,
): Promise<Buffer> {
  if (!contentEncoding || body.length === 0) return body;
  const codings = contentEncoding
    .toLowerCase()
    .split(',')
    .map((coding) => coding.trim())
    .filter((coding) => coding && coding !== 'identity');
  let out = body;
  for (const coding of codings.reverse()) out = await decodeOne(zlib, out, coding);
  return out;
}

function decodeOne(zlib: NodeModules['zlib'], body: Buffer, coding: string): Promise<Buffer> {
  const run = (fn: (input: Buffer, done: (error: Error | null, out: Buffer) => void) => void) =>
    new Promise<Buffer>((resolve, reject) =>
      fn(body, (error, out) => (error ? reject(error) : resolve(out))),
    );
  // Flushing lets a body cut short at the end still decode, as browsers do.
  const options = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return run((input, done) => zlib.gunzip(input, options, done));
    case 'deflate':
      // Servers send zlib-wrapped deflate as the spec says, or raw deflate as some do.
      return run((input, done) => zlib.inflate(input, options, done)).catch(() =>
        run((input, done) => zlib.inflateRaw(input, options, done)),
      );
    case 'br':
      return run((input, done) =>
        zlib.brotliDecompress(input, { finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH }, done),
      );
    default:
      return Promise.resolve(body);
  }
}
