import { describe, expect, it } from 'vitest';
import { createEthoraClient, unwrap } from '../src/index.js';
import { recordingFetch } from './support/recording-fetch.js';

const base = { baseUrl: 'https://api.example.test', logLevel: 'silent', auth: 'h.p.s' } as const;
const room = { title: 'Café ☕ room', uuid: 'room-1', type: 'group' } as const;

describe('request bodies taken from the serialised JSON', () => {
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

  it('still sends the body after a middleware has read the request', async () => {
    const fetch = recordingFetch(() => Response.json({ result: {} }, { status: 201 }));
    const client = createEthoraClient({ ...base, fetch });
    const read: string[] = [];
    client.use({
      async onRequest({ request }) {
        read.push(await request.text());
        return undefined;
      },
    });
    await unwrap(client.POST('/v2/chats', { body: room }));
    expect(read.map((text) => JSON.parse(text))).toEqual([room]);
    expect(JSON.parse(fetch.seen[0]?.body ?? '')).toEqual(room);
  });

  it('sends the body of a request a middleware replaced, not the original one', async () => {
    const fetch = recordingFetch(() => Response.json({ result: {} }, { status: 201 }));
    const client = createEthoraClient({ ...base, fetch });
    const replaced = { ...room, title: 'Replaced' };
    client.use({
      onRequest: ({ request }) => new Request(request, { body: JSON.stringify(replaced) }),
    });
    await unwrap(client.POST('/v2/chats', { body: room }));
    expect(JSON.parse(fetch.seen[0]?.body ?? '')).toEqual(replaced);
  });
});

describe('the Response of a parsed 2xx JSON answer', () => {
  const answer = { items: [{ name: 'ü' }], total: 1 };
  const text = JSON.stringify(answer);
  // As servers send JSON: with its length, which is what makes openapi-fetch call `json()`.
  const withLength = () =>
    new Response(text, {
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) },
    });

  it('gives the data, and the same body to every standard way of reading it', async () => {
    const client = createEthoraClient({ ...base, fetch: recordingFetch(withLength) });
    const { data, response } = await client.GET('/v2/chats/users');
    expect(data).toEqual(answer);
    expect(response).toBeInstanceOf(Response);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.bodyUsed).toBe(false);
    const copy = response.clone();
    expect(JSON.parse(await response.text())).toEqual(answer);
    expect(response.bodyUsed).toBe(true);
    await expect(response.json()).rejects.toThrow(TypeError);
    expect(JSON.parse(new TextDecoder().decode(await copy.arrayBuffer()))).toEqual(answer);
  });

  it('exposes a readable body stream', async () => {
    const client = createEthoraClient({ ...base, fetch: recordingFetch(withLength) });
    const { response } = await client.GET('/v2/chats/users');
    const text = await new Response(response.body).text();
    expect(JSON.parse(text)).toEqual(answer);
  });

  it('gives the same data for a chunked answer without Content-Length', async () => {
    const client = createEthoraClient({ ...base, fetch: recordingFetch(() => Response.json(answer)) });
    const { data, response } = await client.GET('/v2/chats/users');
    expect(data).toEqual(answer);
    expect(response.bodyUsed).toBe(true);
  });
});
