import { contractViolations } from '@ethora/testkit';
import { describe, expect, it } from 'vitest';
import { APP_ID, APP_JWT, prismClient, serverClient } from './support/prism-clients.js';

const appTokenHeaders = { authorization: APP_JWT };

describe('v2 broadcasts, app-token routes and agents against the Prism mock', () => {
  it('broadcastToAppChats answers 202 and its job reports per-room results', async () => {
    const { fetch, client } = serverClient();
    const body = { text: 'Maintenance at 22:00 UTC.', chatIds: ['ws-42', 'ws-43'] };
    const sent = await client.POST('/v2/apps/{appId}/chats/broadcast', {
      params: { path: { appId: APP_ID } },
      body,
    });
    expect(sent.response.status).toBe(202);
    expect(fetch.last().body).toEqual(body);
    const jobId = sent.data?.jobId ?? '';
    const job = await client.GET('/v2/apps/{appId}/chats/broadcast/{jobId}', {
      params: { path: { appId: APP_ID, jobId } },
    });
    expect(job.data?.state).toBe('completed');
    expect(job.data?.results).toHaveLength(2);
    expect(fetch.last().url.pathname).toBe(`/v2/apps/${APP_ID}/chats/broadcast/${jobId}`);
  });

  it('a broadcast needs its text', async () => {
    const { client } = serverClient();
    const body = { allRooms: true } as never;
    await expect(
      client.POST('/v2/apps/{appId}/chats/broadcast', { params: { path: { appId: APP_ID } }, body }),
    ).rejects.toThrow(/text/);
  });

  it('broadcastToChats and getBroadcastJob take the app token', async () => {
    const { fetch, client } = prismClient(appTokenHeaders);
    const sent = await client.POST('/v2/chats/broadcast', {
      body: { text: 'Hello everyone', allRooms: true },
    });
    expect(sent.response.status).toBe(202);
    expect(sent.data?.jobId).toEqual(expect.any(String));
    const job = await client.GET('/v2/chats/broadcast/{jobId}', {
      params: { path: { jobId: sent.data?.jobId ?? '' } },
    });
    expect(job.error).toBeUndefined();
    expect(fetch.last().headers.get('authorization')).toBe(APP_JWT);
  });

  it('the app-token broadcast refuses a server token in x-custom-token alone', async () => {
    const { client } = serverClient({ allowViolations: true });
    const { error, response } = await client.POST('/v2/chats/broadcast', { body: { text: 'Hello' } });
    expect(response.status).toBe(401);
    expect(error?.error).toEqual(expect.any(String));
    expect((await contractViolations(response)).map((v) => v.message)).toEqual([
      'Invalid security scheme used',
    ]);
  });

  it('getBot and updateBot use the app token', async () => {
    const { fetch, client } = prismClient(appTokenHeaders);
    const got = await client.GET('/v2/bot');
    expect(got.error).toBeUndefined();
    const body = { status: 'on' as const, trigger: 'any_message' as const, greetingMessage: 'Hi!' };
    const put = await client.PUT('/v2/bot', { body });
    expect(put.error).toBeUndefined();
    expect(fetch.last().body).toEqual(body);
  });

  it('createAgentReply returns the answer and its cost', async () => {
    const { fetch, client } = serverClient();
    const { data, error } = await client.POST('/v2/agents/{agentId}/reply', {
      params: { path: { agentId: 'agent-7' } },
      body: { text: 'How do I invite a teammate?' },
    });
    expect(error).toBeUndefined();
    expect(data?.reply).toEqual(expect.any(String));
    expect(data?.totalTokens).toBeGreaterThan(0);
    expect(fetch.last().url.pathname).toBe('/v2/agents/agent-7/reply');
  });
});
