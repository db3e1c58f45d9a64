import { describe, expect, it } from 'vitest';
import { createEthoraClient, EthoraRequest, unwrap } from '../src/index.js';
import { recordingFetch } from './support/recording-fetch.js';

const base = { baseUrl: 'https://api.example.test', logLevel: 'silent', auth: 'h.p.s' } as const;
const room = { title: 'Café ☕ room', uuid: 'room-1', type: 'group' } as const;

describe('the request of a call, as middleware see it', () => {
  it('sends the JSON body byte for byte, on the first attempt and on a retry', async () => {
    let calls = 0;
    const fetch = recordingFetch(() =>
      ++calls === 1 ? new Response('{}', { status: 503 }) : Response.json({ result: {} }, { status: 201 }),
    );
    const client = createEthoraClient({ ...base, fetch, retry: { baseDelayMs: 1 } });
    await unwrap(client.POST('/v2/chats', { body: room, idempotent: true }));
    expect(fetch.seen.map((seen) => JSON.parse(seen.body))).toEqual([room, room]);
    expect(fetch.seen[0]?.headers['content-type']).toBe('application/json');
  });

  it('has the url, method, headers, signal and readable body of a Request', async () => {
    const fetch = recordingFetch(() => Response.json({ result: {} }, { status: 201 }));
    const client = createEthoraClient({ ...base, fetch });
    const seen: unknown[] = [];
    client.use({
      async onRequest({ request }) {
        request.headers.set('x-added', 'yes');
        seen.push({
          url: request.url,
          method: request.method,
          requestId: request.headers.get('x-request-id'),
          aborted: request.signal.aborted,
          text: await request.text(),
          json: await request.clone().json(),
          bytes: new TextDecoder().decode(await request.arrayBuffer()),
          stream: await new Response(request.body).text(),
        });
        return request;
      },
    });
    await unwrap(client.POST('/v2/chats', { body: room }));
    const text = JSON.stringify(room);
    expect(seen).toEqual([
      {
        url: 'https://api.example.test/v2/chats',
        method: 'POST',
        requestId: fetch.seen[0]?.headers['x-request-id'],
        aborted: false,
        text,
        json: room,
        bytes: text,
        stream: text,
      },
    ]);
    // Reading the body left it in place for sending; the header set in place was sent.
    expect(fetch.seen[0]?.body).toBe(text);
    expect(fetch.seen[0]?.headers['x-added']).toBe('yes');
  });

  it('sends the body of a request a middleware replaced, not the original one', async () => {
    const fetch = recordingFetch(() => Response.json({ result: {} }, { status: 201 }));
    const client = createEthoraClient({ ...base, fetch });
    const replaced = { ...room, title: 'Replaced' };
    client.use({
      onRequest: ({ request }) => new EthoraRequest(request, { body: JSON.stringify(replaced) }),
    });
    await unwrap(client.POST('/v2/chats', { body: room, timeoutMs: 500 }));
    expect(JSON.parse(fetch.seen[0]?.body ?? '')).toEqual(replaced);
  });

  it('refuses a body on GET, as a Request does', async () => {
    const fetch = recordingFetch();
    const client = createEthoraClient({ ...base, fetch });
    const get = client.request as unknown as (m: string, p: string, i: object) => Promise<unknown>;
    await expect(get('get', '/v2/chats/users', { body: { x: 1 } })).rejects.toThrow(TypeError);
    expect(fetch.seen).toHaveLength(0);
  });
});

describe('the Response of a call, as openapi-fetch and middleware read it', () => {
  const answer = { items: [{ name: 'ü' }], total: 1 };
  const text = JSON.stringify(answer);
  // As servers send JSON: with its length, which is what makes openapi-fetch call `json()`.
  const withLength = () =>
    new Response(text, {
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) },
    });

  it('is a Response that openapi-fetch reads once, like any other', async () => {
    const client = createEthoraClient({ ...base, fetch: recordingFetch(withLength) });
    const { data, response } = await client.GET('/v2/chats/users');
    expect(data).toEqual(answer);
    expect(response).toBeInstanceOf(Response);
    expect(response).toMatchObject({ status: 200, ok: true, url: 'https://api.example.test/v2/chats/users' });
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
    expect(() => response.clone()).toThrow(TypeError);
  });

  it('lets an onResponse hook read a clone, stream the body, and return the response itself', async () => {
    const client = createEthoraClient({ ...base, fetch: recordingFetch(withLength) });
    const read: unknown[] = [];
    client.use({
      async onResponse({ response }) {
        read.push(await response.clone().json(), await response.clone().text());
        read.push(JSON.parse(new TextDecoder().decode(await response.clone().arrayBuffer())));
        read.push(response.bodyUsed);
        return response;
      },
    });
    const { data } = await client.GET('/v2/chats/users');
    expect(read).toEqual([answer, text, answer, false]);
    expect(data).toEqual(answer);

    const streamed = createEthoraClient({ ...base, fetch: recordingFetch(withLength) });
    streamed.use({
      onResponse: async ({ response }) =>
        Response.json({ streamed: await new Response(response.body).json() }),
    });
    expect((await streamed.GET('/v2/chats/users')).data).toEqual({ streamed: answer });
  });

  it('gives the same data for a chunked answer without Content-Length', async () => {
    const client = createEthoraClient({ ...base, fetch: recordingFetch(() => Response.json(answer)) });
    const { data, response } = await client.GET('/v2/chats/users');
    expect(data).toEqual(answer);
    expect(response.bodyUsed).toBe(true);
  });

  it("reads other parse modes with the standard methods (parseAs 'text', 'blob', 'stream')", async () => {
    const client = createEthoraClient({ ...base, fetch: recordingFetch(withLength) });
    expect((await client.GET('/v2/chats/users', { parseAs: 'text' })).data).toBe(text);
    const blob = (await client.GET('/v2/chats/users', { parseAs: 'blob' })).data as Blob;
    expect(await blob.text()).toBe(text);
    const stream = (await client.GET('/v2/chats/users', { parseAs: 'stream' })).data as ReadableStream;
    expect(await new Response(stream).json()).toEqual(answer);
  });
});
