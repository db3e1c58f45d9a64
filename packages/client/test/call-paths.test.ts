import { describe, expect, it } from 'vitest';
import { createEthoraClient, type EthoraClient } from '../src/index.js';
import { recordingFetch, type SeenRequest } from './support/recording-fetch.js';

// A client runs a call without building a `Request` while the caller's middleware only reads answers,
// and through openapi-fetch as soon as a middleware may change the request. Both must send the same
// request and give the same result.
const KINDS = ['no middleware', 'an onResponse middleware', 'an onRequest middleware'] as const;
type Kind = (typeof KINDS)[number];

const base = { baseUrl: 'https://api.example.test/', logLevel: 'silent', auth: 'h.p.s' } as const;

function answer(seen: SeenRequest): Response {
  const { pathname } = new URL(seen.url);
  if (pathname.startsWith('/v2/apps/')) return Response.json({ error: 'No such app' }, { status: 404 });
  if (seen.method === 'DELETE') return new Response(null, { status: 204 });
  if (pathname === '/v2/chats/users') return Response.json({ items: [{ name: 'ü' }] });
  const text = JSON.stringify({ result: { echoed: seen.body } });
  const headers = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) };
  return new Response(text, { status: 201, headers });
}

function clientWith(kind: Kind) {
  const fetch = recordingFetch(answer);
  let ids = 0;
  const client = createEthoraClient({ ...base, fetch, generateRequestId: () => `req-${++ids}` });
  if (kind === 'an onResponse middleware') client.use({ onResponse: () => undefined });
  if (kind === 'an onRequest middleware') client.use({ onRequest: () => undefined });
  return { client, fetch };
}

// Any operation, with options the typed signatures would reject: the point is the wire format.
type AnyCall = (
  method: string,
  path: string,
  init?: Record<string, unknown>,
) => Promise<Record<string, unknown>>;
const callOf = (client: EthoraClient) => client.request as unknown as AnyCall;

const CALLS: [string, string, Record<string, unknown>?][] = [
  ['get', '/v2/apps/{appId}', { params: { path: { appId: 'a b/c' } } }],
  ['get', '/v2/chats/users', { params: { query: { limit: 10, q: 'ü&=x', ids: ['a', 'b'] } } }],
  [
    'get',
    '/v2/chats/users',
    { params: { query: { ids: ['a', 'b'] } }, querySerializer: { array: { style: 'form', explode: false } } },
  ],
  ['post', '/v2/chats', { body: { title: 'Café', uuid: 'r1' }, headers: { 'X-Trace': 'abc' } }],
  [
    'post',
    '/v2/chats',
    { body: { a: '1', b: 'x y' }, headers: { 'content-type': 'application/x-www-form-urlencoded' } },
  ],
  ['post', '/v2/chats', { body: 'plain', headers: { 'Content-Type': null }, parseAs: 'text' }],
  ['post', '/v2/chats', { body: { title: 'Elsewhere' }, baseUrl: 'https://other.example.test/' }],
  [
    'delete',
    '/v1/users/batch',
    { body: { usersIdList: ['u1'] }, params: { header: { 'x-reason': 'cleanup' } } },
  ],
  ['put', '/v2/chats', { body: { title: 'T' }, headers: { 'x-request-id': 'mine' }, timeoutMs: 1000 }],
];

async function runAll(kind: Kind) {
  const { client, fetch } = clientWith(kind);
  const results = [];
  for (const [method, path, init] of CALLS) {
    const { data, error, response } = await callOf(client)(method, path, init);
    results.push({ data, error, status: (response as Response).status });
  }
  return { results, seen: fetch.seen };
}

describe('calls with and without a Request built for them', () => {
  it('send the same requests and give the same results whatever middleware is registered', async () => {
    const [direct, ...others] = await Promise.all(KINDS.map(runAll));
    for (const other of others) {
      expect(other.seen).toEqual(direct?.seen);
      expect(other.results).toEqual(direct?.results);
    }
    // And what they send is what openapi-fetch documents.
    const seen = direct?.seen ?? [];
    expect(seen[0]?.url).toBe('https://api.example.test/v2/apps/a%20b%2Fc');
    expect(seen[2]?.url).toBe('https://api.example.test/v2/chats/users?ids=a,b');
    expect(seen[3]).toMatchObject({ body: '{"title":"Café","uuid":"r1"}' });
    expect(seen[3]?.headers).toMatchObject({ 'content-type': 'application/json', 'x-trace': 'abc' });
    expect(seen[4]?.body).toBe('a=1&b=x+y');
    expect(seen[5]?.headers['content-type']).toBe('text/plain;charset=UTF-8');
    expect(seen[6]?.url).toBe('https://other.example.test/v2/chats');
    expect(seen[7]?.headers['x-reason']).toBe('cleanup');
    expect(seen[8]?.headers['x-request-id']).toBe('mine');
    expect(direct?.results[0]).toEqual({ data: undefined, error: { error: 'No such app' }, status: 404 });
    expect(direct?.results[1]).toMatchObject({ data: { items: [{ name: 'ü' }] }, status: 200 });
    expect(direct?.results[7]).toEqual({ data: undefined, error: undefined, status: 204 });
  });

  it('gives an onResponse hook the standard Request of the call, and lets it replace the answer', async () => {
    const fetch = recordingFetch(answer);
    const client = createEthoraClient({ ...base, fetch });
    const seenByHook: { request: Request; schemaPath: string; parseAs: unknown; body: string }[] = [];
    client.use({
      async onResponse({ request, response, schemaPath, options }) {
        seenByHook.push({
          request,
          schemaPath,
          parseAs: options.parseAs,
          body: await request.clone().text(),
        });
        return response.status === 201 ? Response.json({ replaced: true }, { status: 200 }) : undefined;
      },
    });
    const { data } = await callOf(client)('post', '/v2/chats', { body: { title: 'T' }, timeoutMs: 500 });
    expect(data).toEqual({ replaced: true });
    const [hook] = seenByHook;
    expect(hook?.request).toBeInstanceOf(Request);
    expect(hook).toMatchObject({ schemaPath: '/v2/chats', parseAs: 'json', body: '{"title":"T"}' });
    expect(hook?.request.method).toBe('POST');
    expect(hook?.request.url).toBe(fetch.seen[0]?.url);
    expect(hook?.request.headers.get('x-request-id')).toBe(fetch.seen[0]?.headers['x-request-id']);
    // Credentials are added per attempt, after the Request: a hook never sees them.
    expect(hook?.request.headers.has('x-custom-token')).toBe(false);
    expect((hook?.request as (Request & { timeoutMs?: number }) | undefined)?.timeoutMs).toBe(500);
  });

  it('refuses what a Request refuses, on either path', async () => {
    for (const kind of KINDS) {
      const { client, fetch } = clientWith(kind);
      await expect(callOf(client)('get', '/v2/chats/users', { body: { x: 1 } })).rejects.toThrow(TypeError);
      await expect(callOf(client)('trace', '/v2/chats/users')).rejects.toThrow(TypeError);
      expect(fetch.seen).toHaveLength(0);
    }
  });
});
