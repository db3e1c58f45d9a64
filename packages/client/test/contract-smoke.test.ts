import { describe, expect, it } from 'vitest';
import { serverClient } from './support/prism-clients.js';

describe('createEthoraClient against the Prism mock', () => {
  it('creates a chat room and returns the typed body', async () => {
    const { fetch, client } = serverClient();
    const { data, error } = await client.POST('/v2/chats', {
      body: { title: 'Workspace 42', uuid: 'ws-42' },
    });
    expect(error).toBeUndefined();
    expect(data?.result.name).toMatch(/^[0-9a-f]{24}_ws-42$/);
    expect(fetch.last().body).toEqual({ title: 'Workspace 42', uuid: 'ws-42' });
  });

  it('reports a body that breaks the spec as a contract violation', async () => {
    const { client } = serverClient();
    const body = { title: 'x' } as { title: string; uuid: string };
    await expect(client.POST('/v2/chats', { body })).rejects.toThrow(/uuid/);
  });
});
