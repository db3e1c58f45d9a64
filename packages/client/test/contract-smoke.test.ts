import { contractFetch } from '@ethora/testkit';
import { describe, expect, inject, it } from 'vitest';
import { createEthoraClient } from '../src/index.js';
import { NO_RETRIES } from './support/no-retries.js';

describe('createEthoraClient against the Prism mock', () => {
  it('creates a chat room and returns the typed body', async () => {
    const fetch = contractFetch();
    const client = createEthoraClient({
      ...NO_RETRIES,
      baseUrl: inject('prismUrl'),
      fetch,
      headers: { 'x-custom-token': 'header.payload.sig' },
    });
    const { data, error } = await client.POST('/v2/chats', {
      body: { title: 'Workspace 42', uuid: 'ws-42' },
    });
    expect(error).toBeUndefined();
    expect(data?.result.name).toMatch(/^[0-9a-f]{24}_ws-42$/);
    expect(fetch.last().body).toEqual({ title: 'Workspace 42', uuid: 'ws-42' });
  });

  it('reports a body that breaks the spec as a contract violation', async () => {
    const fetch = contractFetch();
    const client = createEthoraClient({
      ...NO_RETRIES,
      baseUrl: inject('prismUrl'),
      fetch,
      headers: { 'x-custom-token': 'header.payload.sig' },
    });
    await expect(client.POST('/v2/chats', { body: { title: 'x', uuid: 'has space' } })).rejects.toThrow(
      /uuid must match pattern/,
    );
  });
});
