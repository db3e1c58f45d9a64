import { gzipSync } from 'node:zlib';
import { compressionBomb } from '@ethora/testkit';
import { describe, expect, it } from 'vitest';
import {
  createEthoraClient,
  DEFAULT_MAX_RESPONSE_BYTES,
  EthoraConfigError,
  EthoraInvalidResponseError,
  unwrap,
} from '../src/index.js';
import { getApp, useFaultServer } from './support/fault-suite.js';
import { TRANSPORTS } from './support/transports.js';

const MiB = 1024 * 1024;

/** A JSON body of exactly `size` bytes: `{"pad":"aaa…"}`. */
function jsonOfSize(size: number): Uint8Array {
  return new TextEncoder().encode(`{"pad":"${'a'.repeat(size - 10)}"}`);
}

// Bodies past `maxResponseBytes`, plain or compressed to a fraction of their size, on either transport.
describe.each(TRANSPORTS)('response size limit over the $name', ({ name, make }) => {
  const suite = useFaultServer(make);
  const { clientWith, leavesNoTimer } = suite;

  it('defaults to 16 MiB', () => {
    expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(16_777_216);
  });

  it('stops a 0.5 MB gzip bomb (512 MiB decoded) with EthoraInvalidResponseError, memory far below its size', async () => {
    const bomb = await compressionBomb('gzip', 512 * MiB);
    expect(bomb.byteLength).toBeLessThan(MiB);
    const client = clientWith();
    // A first call loads the transport (Node's `fetch` is loaded on first use), so only the bomb is measured.
    await getApp(client);
    suite.server.script({ type: 'bytes', body: bomb, headers: { 'content-encoding': 'gzip' } });
    const before = process.memoryUsage();
    const error = await leavesNoTimer(() => getApp(client).catch((e: unknown) => e));
    const after = process.memoryUsage();
    expect(error).toBeInstanceOf(EthoraInvalidResponseError);
    expect(error).toMatchObject({ status: 200, reason: 'too-large', attempts: 1 });
    // The body stops at the limit: nothing near the decoded 512 MiB is ever held. Buffers are counted exactly;
    // the process as a whole also grows its heap and zlib's windows, which put it past 64 MiB about one run in
    // ten on `fetch` (65.8 MiB seen), so its bound is a quarter of the decoded size instead.
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(64 * MiB);
    expect(after.rss - before.rss).toBeLessThan(128 * MiB);
    expect(suite.server.count).toBe(2);
  });

  it.each(['deflate', 'br'] as const)('stops a %s bomb the same way', async (encoding) => {
    const bomb = await compressionBomb(encoding, 64 * MiB);
    suite.server.script({ type: 'bytes', body: bomb, headers: { 'content-encoding': encoding } });
    const error = await getApp(clientWith()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EthoraInvalidResponseError);
    expect(error).toMatchObject({ reason: 'too-large' });
  });

  it('stops a plain body past the default limit', async () => {
    suite.server.script({ type: 'bytes', body: jsonOfSize(DEFAULT_MAX_RESPONSE_BYTES + 1) });
    const error = await getApp(clientWith()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EthoraInvalidResponseError);
    expect(error).toMatchObject({ status: 200, reason: 'too-large', attempts: 1 });
  });

  it('reads a body of exactly the limit, plain or compressed, and refuses one byte more', async () => {
    const maxResponseBytes = 64 * 1024;
    const client = clientWith({ maxResponseBytes });
    const fits = jsonOfSize(maxResponseBytes);
    const gzipped = gzipSync(fits);
    suite.server.script(
      { type: 'bytes', body: fits },
      { type: 'bytes', body: gzipped, headers: { 'content-encoding': 'gzip' } },
      { type: 'bytes', body: jsonOfSize(maxResponseBytes + 1) },
      { type: 'bytes', body: jsonOfSize(maxResponseBytes + 1), status: 500 },
    );
    const pad = 'a'.repeat(maxResponseBytes - 10);
    await expect(unwrap(getApp(client))).resolves.toEqual({ pad });
    await expect(unwrap(getApp(client))).resolves.toEqual({ pad });
    await expect(getApp(client)).rejects.toMatchObject({ reason: 'too-large', status: 200 });
    // Error answers are bounded too, and a body too large is final: no retry of the 500.
    await expect(getApp(client)).rejects.toMatchObject({ reason: 'too-large', status: 500, attempts: 1 });
    expect(suite.server.count).toBe(4);
  });

  it('asks only for compression that is decoded as a stream, under the limit', async () => {
    await getApp(clientWith());
    const asked = String(suite.server.requests[0]?.headers['accept-encoding'] ?? '');
    // undici's transport asks for none; `fetch` asks for the codings it decodes chunk by chunk.
    if (name === 'undici transport') expect(asked).toBe('');
    for (const coding of asked.split(',').map((part) => part.trim()))
      if (coding) expect(['gzip', 'deflate', 'br']).toContain(coding);
  });
});

describe('the maxResponseBytes option', () => {
  it('must be a positive safe integer', () => {
    for (const maxResponseBytes of [0, -1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '1024']) {
      const make = () =>
        createEthoraClient({ baseUrl: 'http://127.0.0.1:9', maxResponseBytes: maxResponseBytes as number });
      expect(make).toThrow(EthoraConfigError);
      expect(make).toThrow(/`maxResponseBytes`/);
    }
    expect(() => createEthoraClient({ baseUrl: 'http://127.0.0.1:9', maxResponseBytes: 1 })).not.toThrow();
  });
});
