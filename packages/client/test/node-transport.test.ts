import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { type FaultServer, startFaultServer } from '@ethora/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEthoraClient, createNodeTransport, type NodeTransport, unwrap } from '../src/index.js';
import { liveResources, settle } from './support/resources.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

describe('createNodeTransport as a fetch', () => {
  let server: FaultServer;
  let other: FaultServer;
  let transport: NodeTransport;
  beforeAll(async () => {
    server = await startFaultServer({ fallback: { type: 'json', body: { ok: true } } });
    other = await startFaultServer();
    transport = createNodeTransport();
  });
  afterEach(() => {
    server.reset();
    other.reset();
  });
  afterAll(async () => {
    transport.close();
    await Promise.all([server.close(), other.close()]);
  });

  it('sends method, headers and a string body, and returns a standard Response', async () => {
    server.script({ type: 'json', status: 201, body: { created: true }, headers: { 'x-trace': 'abc' } });
    const response = await transport(`${server.url}/v2/chats?x=1`, {
      method: 'post',
      headers: { 'content-type': 'application/json', 'x-custom': 'yes' },
      body: JSON.stringify({ title: 'T' }),
    });
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(201);
    expect(response.headers.get('x-trace')).toBe('abc');
    expect(response.url).toBe(`${server.url}/v2/chats?x=1`);
    expect(await response.json()).toEqual({ created: true });
    const [seen] = server.requests;
    expect(seen).toMatchObject({ method: 'POST', path: '/v2/chats?x=1', body: '{"title":"T"}' });
    expect(seen?.headers).toMatchObject({
      'x-custom': 'yes',
      'content-length': '13',
      'accept-encoding': 'gzip, deflate, br',
    });
  });

  it('accepts a Request, URLSearchParams and FormData bodies like fetch does', async () => {
    await transport(new Request(`${server.url}/a`, { method: 'PUT', body: 'raw text' }));
    await transport(`${server.url}/b`, { method: 'POST', body: new URLSearchParams({ q: 'a b' }) });
    const form = new FormData();
    form.set('field', 'value');
    await transport(`${server.url}/c`, { method: 'POST', body: form });
    const [a, b, c] = server.requests;
    expect(a).toMatchObject({ method: 'PUT', body: 'raw text' });
    expect(a?.headers['content-type']).toBe('text/plain;charset=UTF-8');
    expect(b).toMatchObject({ body: 'q=a+b' });
    expect(b?.headers['content-type']).toBe('application/x-www-form-urlencoded;charset=UTF-8');
    expect(c?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(c?.body).toContain('name="field"\r\n\r\nvalue');
  });

  it('reuses one keep-alive connection for sequential calls', async () => {
    const fresh = createNodeTransport();
    for (let i = 0; i < 5; i++) await (await fresh(`${server.url}/ping`)).json();
    fresh.close();
    expect(server.count).toBe(5);
    expect(server.connections).toBe(1);
  });

  it('gives a null body for 204 and HEAD', async () => {
    server.script({ type: 'empty', status: 204 }, { type: 'json', body: { ignored: true } });
    const noContent = await transport(`${server.url}/x`, { method: 'DELETE' });
    expect(noContent.status).toBe(204);
    expect(noContent.body).toBeNull();
    const head = await transport(`${server.url}/x`, { method: 'HEAD' });
    expect(await head.text()).toBe('');
  });

  it('follows redirects like fetch: 303 turns into GET, 307 keeps method and body', async () => {
    server.script(
      { type: 'redirect', status: 303, location: '/done' },
      { type: 'json', body: { at: 'done' } },
    );
    const seeOther = await transport(`${server.url}/start`, { method: 'POST', body: '{"a":1}' });
    expect(await seeOther.json()).toEqual({ at: 'done' });
    expect(seeOther.url).toBe(`${server.url}/done`);
    expect(server.requests.map((r) => [r.method, r.path, r.body])).toEqual([
      ['POST', '/start', '{"a":1}'],
      ['GET', '/done', ''],
    ]);
    server.reset();
    server.script({ type: 'redirect', status: 307, location: '/again' });
    await transport(`${server.url}/start`, { method: 'PUT', body: '{"b":2}' });
    expect(server.requests.map((r) => [r.method, r.path, r.body])).toEqual([
      ['PUT', '/start', '{"b":2}'],
      ['PUT', '/again', '{"b":2}'],
    ]);
  });

  it('drops credentials when a redirect leaves the origin', async () => {
    server.script({ type: 'redirect', status: 307, location: `${other.url}/elsewhere` });
    await transport(`${server.url}/start`, {
      headers: { authorization: 'Bearer secret-value', 'x-custom-token': 'secret-value', 'x-keep': '1' },
    });
    expect(server.requests[0]?.headers.authorization).toBe('Bearer secret-value');
    const moved = other.requests[0]?.headers;
    expect(moved).toMatchObject({ 'x-keep': '1' });
    expect(moved?.authorization).toBeUndefined();
    expect(moved?.['x-custom-token']).toBeUndefined();
  });

  it("honours redirect: 'manual' and 'error'", async () => {
    server.script(
      { type: 'redirect', status: 302, location: '/x' },
      { type: 'redirect', status: 302, location: '/x' },
    );
    const manual = await transport(`${server.url}/start`, { redirect: 'manual' });
    expect(manual.status).toBe(302);
    await expect(transport(`${server.url}/start`, { redirect: 'error' })).rejects.toThrow(TypeError);
  });

  it('rejects with the signal reason on abort, and with TypeError on network failure', async () => {
    server.script({ type: 'hang' });
    const controller = new AbortController();
    const pending = transport(`${server.url}/slow`, { signal: controller.signal });
    await settle(20);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    server.script({ type: 'reset' });
    await expect(transport(`${server.url}/reset`)).rejects.toMatchObject({
      name: 'TypeError',
      message: 'fetch failed',
    });
  });

  it('close() ends pooled connections; later calls open new ones', async () => {
    const own = createNodeTransport();
    await (await own(`${server.url}/one`)).text();
    own.close();
    await (await own(`${server.url}/two`)).text();
    expect(server.connections).toBe(2);
    own.close();
  });
});

describe('createNodeTransport over HTTPS', () => {
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

  it('talks TLS with a private CA and refuses an unknown certificate', async () => {
    const trusting = createNodeTransport({ tls: { ca: fixture('localhost-cert.pem') } });
    const client = createEthoraClient({ baseUrl: url, fetch: trusting, logLevel: 'silent' });
    await expect(unwrap(client.GET('/v2/apps'))).resolves.toEqual({ secure: true, path: '/v2/apps' });
    trusting.close();

    const strict = createNodeTransport();
    const refused = createEthoraClient({ baseUrl: url, fetch: strict, logLevel: 'silent', maxRetries: 0 });
    await expect(refused.GET('/v2/apps')).rejects.toMatchObject({
      name: 'EthoraNetworkError',
      message: expect.stringMatching(/self[- ]signed/i),
    });
    strict.close();
  });
});

describe('the default transport on Node', () => {
  it('is the node:http one, with pooled sockets that do not keep the process alive', async () => {
    const server = await startFaultServer({ fallback: { type: 'json', body: { apps: [], total: 0 } } });
    const client = createEthoraClient({ baseUrl: server.url, logLevel: 'silent' });
    for (let i = 0; i < 3; i++) await unwrap(client.GET('/v2/apps'));
    // One connection for three calls proves the pooled node:http agent (not a fetch per call).
    expect(server.connections).toBe(1);
    const idle = liveResources().sockets;
    await server.close();
    await settle();
    expect(liveResources().sockets).toBeLessThan(idle);
  });
});
