import { createBrotliCompress, createDeflate, createGzip, constants as zlib } from 'node:zlib';

const cache = new Map<string, Promise<Buffer>>();

/**
 * A body of `decodedBytes` zero bytes compressed with `encoding`, made in 1 MiB steps so that the test
 * process never holds the decoded size: 512 MiB of gzip is about 0.5 MB on the wire. Cached per process.
 */
export function compressionBomb(encoding: 'gzip' | 'deflate' | 'br', decodedBytes: number): Promise<Buffer> {
  const key = `${encoding} ${decodedBytes}`;
  let bomb = cache.get(key);
  if (bomb === undefined) {
    bomb = compress(encoding, decodedBytes);
    cache.set(key, bomb);
  }
  return bomb;
}

async function compress(encoding: 'gzip' | 'deflate' | 'br', decodedBytes: number): Promise<Buffer> {
  const stream =
    encoding === 'gzip'
      ? createGzip({ level: 9 })
      : encoding === 'deflate'
        ? createDeflate({ level: 9 })
        : createBrotliCompress({ params: { [zlib.BROTLI_PARAM_QUALITY]: 1 } });
  const parts: Buffer[] = [];
  stream.on('data', (part: Buffer) => parts.push(part));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const step = Buffer.alloc(1024 * 1024);
  for (let left = decodedBytes; left > 0; left -= step.byteLength) {
    const chunk = left >= step.byteLength ? step : step.subarray(0, left);
    if (!stream.write(chunk)) await new Promise((resolve) => stream.once('drain', resolve));
  }
  stream.end();
  await done;
  return Buffer.concat(parts);
}
