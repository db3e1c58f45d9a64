import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { type FaultServer, startFaultServer } from '@ethora/testkit';
import { Agent } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createEthoraClient,
  EthoraAbortError,
  type EthoraClient,
  EthoraInvalidResponseError,
  unwrap,
} from '../src/index.js';
import { liveResources, settle } from './support/resources.js';
import { TRANSPORTS } from './support/transports.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const SERVER_JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJkYXRhIjp7InR5cGUiOiJzZXJ2ZXIifX0.c2lnbmF0dXJlLWZvci10ZXN0cw';

// Any operation, with options the typed signatures would reject: the point is what goes on the wire.
type AnyCall = (
  method: string,
  path: string,
  init?: Record<string, unknown>,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
const callOf = (client: EthoraClient) => client.request as unknown as AnyCall;

describe('the default transport (undici) on the wire', () => {
  let server: FaultServer;
  let other: FaultServer;
  let client: EthoraClient;
  beforeAll(async () => {
    server = await startFaultServer({ fallback: { type: 'json', body: { ok: true } } });
    other = await startFaultServer();
    client = createEthoraClient({ baseUrl: server.url, auth: SERVER_JWT, logLevel: 'silent', maxRetries: 0 });
  });
  afterEach(() => {
    server.reset();
    other.reset();
  });
  afterAll(async () => {
    await Promise.all([server.close(), other.close()]);
  });

  it('sends method, headers and the JSON body, and answers with status, headers and final URL', async () => {
    server.script({ type: 'json', status: 201, body: { created: true }, headers: { 'x-trace': 'abc' } });
    const { data, response } = await callOf(client)('post', '/v2/chats', {
      body: { title: 'T' },
      headers: { 'x-custom': 'yes' },
      params: { query: { x: 1 } },
    });
    expect(data).toEqual({ created: true });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-trace')).toBe('abc');
    expect(response.url).toBe(`${server.url}/v2/chats?x=1`);
    const [seen] = server.requests;
    expect(seen).toMatchObject({ method: 'POST', path: '/v2/chats?x=1', body: '{"title":"T"}' });
    expect(seen?.headers).toMatchObject({
      'content-type': 'application/json',
      'content-length': '13',
      'x-custom': 'yes',
      'x-custom-token': SERVER_JWT,
    });
    // Only what the client can decode within its size limit is asked for: nothing.
    expect(seen?.headers['accept-encoding']).toBeUndefined();
  });

  it('sends form and multipart bodies with the types the platform gives them', async () => {
    await callOf(client)('post', '/v2/chats', {
      body: { q: 'a b' },
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const form = new FormData();
    form.set('field', 'value');
    await callOf(client)('post', '/v1/files/', { body: form, bodySerializer: (body: FormData) => body });
    const [urlEncoded, multipart] = server.requests;
    expect(urlEncoded).toMatchObject({ body: 'q=a+b' });
    expect(urlEncoded?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(multipart?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(multipart?.body).toContain('name="field"\r\n\r\nvalue');
  });

  it('reuses keep-alive connections for sequential calls', async () => {
    const fresh = createEthoraClient({ baseUrl: server.url, logLevel: 'silent' });
    for (let i = 0; i < 6; i++) await unwrap(fresh.GET('/v2/apps'));
    expect(server.count).toBe(6);
    // undici's pool sees the first connection busy until just after a call ends, so the second call
    // opens another one; from then on the two take turns.
    expect(server.connections).toBe(2);
  });

  it('gives no data and a null body for 204 and HEAD', async () => {
    server.script({ type: 'empty', status: 204 }, { type: 'json', body: { ignored: true } });
    const noContent = await callOf(client)('delete', '/v1/users/batch', { body: { usersIdList: ['u1'] } });
    expect([noContent.data, noContent.error]).toEqual([undefined, undefined]);
    expect(noContent.response.status).toBe(204);
    expect(noContent.response.body).toBeNull();
    const head = await callOf(client)('head', '/v2/apps');
    expect(head.data).toBeUndefined();
    expect(await head.response.text()).toBe('');
  });

  it('follows redirects like fetch: 303 turns into GET, 307 keeps method and body', async () => {
    server.script(
      { type: 'redirect', status: 303, location: '/done' },
      { type: 'json', body: { at: 'done' } },
    );
    const seeOther = await callOf(client)('post', '/v2/chats', { body: { a: 1 } });
    expect(seeOther).toMatchObject({ data: { at: 'done' } });
    expect(seeOther.response.url).toBe(`${server.url}/done`);
    expect(server.requests.map((r) => [r.method, r.path, r.body])).toEqual([
      ['POST', '/v2/chats', '{"a":1}'],
      ['GET', '/done', ''],
    ]);
    server.reset();
    server.script({ type: 'redirect', status: 307, location: '/again' });
    await callOf(client)('put', '/v2/chats', { body: { b: 2 } });
    expect(server.requests.map((r) => [r.method, r.path, r.body])).toEqual([
      ['PUT', '/v2/chats', '{"b":2}'],
      ['PUT', '/again', '{"b":2}'],
    ]);
  });

  it('drops credentials when a redirect leaves the origin', async () => {
    server.script({ type: 'redirect', status: 307, location: `${other.url}/elsewhere` });
    await callOf(client)('get', '/v2/apps', { headers: { 'x-keep': '1', cookie: 'session=secret-value' } });
    expect(server.requests[0]?.headers).toMatchObject({
      authorization: `Bearer ${SERVER_JWT}`,
      'x-custom-token': SERVER_JWT,
    });
    const moved = other.requests[0]?.headers;
    expect(moved).toMatchObject({ 'x-keep': '1' });
    expect(moved?.authorization).toBeUndefined();
    expect(moved?.['x-custom-token']).toBeUndefined();
    expect(moved?.cookie).toBeUndefined();
  });

  it("honours redirect: 'manual' and 'error'", async () => {
    server.script(
      { type: 'redirect', status: 302, location: '/x' },
      { type: 'redirect', status: 302, location: '/x' },
    );
    const manual = await callOf(client)('get', '/v2/apps', { redirect: 'manual' });
    expect(manual.response.status).toBe(302);
    await expect(callOf(client)('get', '/v2/apps', { redirect: 'error' })).rejects.toMatchObject({
      name: 'EthoraNetworkError',
      message: expect.stringContaining('Redirect refused'),
    });
    expect(server.count).toBe(2);
  });
});

describe.each(TRANSPORTS)('response size limit over the $name', ({ make }) => {
  it('stops reading a compressed body past 16 MiB decoded', async () => {
    const server = await startFaultServer();
    const transport = make();
    const client = createEthoraClient({ baseUrl: server.url, logLevel: 'silent', ...transport.options });
    // About 17 KB on the wire, 17 MiB decoded.
    server.script({ type: 'json', body: { pad: 'a'.repeat(17 * 2 ** 20) }, encoding: 'gzip' });
    try {
      const error = await client.GET('/v2/apps').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EthoraInvalidResponseError);
      expect(error).toMatchObject({ status: 200, reason: 'too-large', attempts: 1 });
      expect(server.count).toBe(1);
    } finally {
      transport.close();
      await server.close();
    }
  });
});

describe('the default transport over HTTPS', () => {
  let https: HttpsServer;
  let url: string;
  beforeAll(async () => {
    https = createHttpsServer(
      { key: fixture('localhost-key.pem'), cert: fixture('localhost-cert.pem') },
      (req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ secure: true, path: req.url }));
      },
    );
    await new Promise<void>((resolve) => https.listen(0, '127.0.0.1', resolve));
    url = `https://127.0.0.1:${(https.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    https.closeAllConnections();
    await new Promise((resolve) => https.close(resolve));
  });

  it('talks TLS through a dispatcher that trusts a private CA, and refuses an unknown certificate', async () => {
    const trusting = new Agent({ connect: { ca: fixture('localhost-cert.pem') } });
    const client = createEthoraClient({ baseUrl: url, dispatcher: trusting, logLevel: 'silent' });
    await expect(unwrap(client.GET('/v2/apps'))).resolves.toEqual({ secure: true, path: '/v2/apps' });
    // The client never closes a dispatcher it was given.
    expect(trusting.closed).toBe(false);
    await trusting.close();

    const refused = createEthoraClient({ baseUrl: url, logLevel: 'silent', maxRetries: 0 });
    await expect(refused.GET('/v2/apps')).rejects.toMatchObject({
      name: 'EthoraNetworkError',
      message: expect.stringMatching(/self[- ]signed/i),
    });
  });
});

describe('the default transport on Node', () => {
  it('pools sockets per client that do not keep the process alive', async () => {
    const server = await startFaultServer({ fallback: { type: 'json', body: { apps: [], total: 0 } } });
    const client = createEthoraClient({ baseUrl: server.url, logLevel: 'silent' });
    for (let i = 0; i < 4; i++) await unwrap(client.GET('/v2/apps'));
    // Two connections for four calls prove the pool (not a connection per call).
    expect(server.connections).toBe(2);
    const idle = liveResources().sockets;
    await server.close();
    await settle();
    expect(liveResources().sockets).toBeLessThan(idle);
  });

  it('never sends a call that was aborted while it waited for a connection', async () => {
    const server = await startFaultServer({ fallback: { type: 'hang' } });
    const agent = new Agent({ connections: 1 });
    const client = createEthoraClient({
      baseUrl: server.url,
      dispatcher: agent,
      logLevel: 'silent',
      maxRetries: 0,
    });
    const first = new AbortController();
    const second = new AbortController();
    const holding = client.GET('/v2/apps', { signal: first.signal }).catch((e: unknown) => e);
    await expect.poll(() => server.count).toBe(1);
    // The one connection is busy: this call waits in undici's queue, and is aborted there.
    const queued = client.GET('/v2/apps', { signal: second.signal }).catch((e: unknown) => e);
    await settle(30);
    second.abort();
    expect(await queued).toBeInstanceOf(EthoraAbortError);
    // Freeing the connection must not send the call the caller gave up on.
    first.abort();
    expect(await holding).toBeInstanceOf(EthoraAbortError);
    server.setFallback({ type: 'json', body: { apps: [], total: 0 } });
    await expect(unwrap(client.GET('/v2/apps'))).resolves.toEqual({ apps: [], total: 0 });
    expect(server.count).toBe(2);
    await Promise.all([agent.close(), server.close()]);
  });
});
