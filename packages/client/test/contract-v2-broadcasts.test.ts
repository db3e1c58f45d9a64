import { contractFetch, contractViolations } from '@ethora/testkit';
import { describe, expect, inject, it } from 'vitest';
import { createEthoraClient } from '../src/index.js';
import { NO_RETRIES } from './support/no-retries.js';

const APP_ID = '65f1c2a9e4b0a1b2c3d4e5f6';
const serverHeaders = { 'x-custom-token': 'header.payload.sig' };
const appTokenHeaders = { authorization: 'JWT app.token.sig' };

function setup(headers: Record<string, string>, options: { allowViolations?: boolean } = {}) {
  const fetch = contractFetch(options);
  const client = createEthoraClient({ ...NO_RETRIES, baseUrl: inject('prismUrl'), fetch, headers });
  return { fetch, client };
}

describe('v2 broadcasts, app-token routes and agents against the Prism mock', () => {
  it('broadcastToAppChats answers 202 and its job reports per-room results', async () => {
    const { fetch, client } = setup(serverHeaders);
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
    const { client } = setup(serverHeaders);
    const body = { allRooms: true } as never;
    await expect(
      client.POST('/v2/apps/{appId}/chats/broadcast', { params: { path: { appId: APP_ID } }, body }),
    ).rejects.toThrow(/text/);
  });

  it('broadcastToChats and getBroadcastJob take the app token', async () => {
    const { fetch, client } = setup(appTokenHeaders);
    const sent = await client.POST('/v2/chats/broadcast', {
      body: { text: 'Hello everyone', allRooms: true },
    });
    expect(sent.response.status).toBe(202);
    expect(sent.data?.jobId).toEqual(expect.any(String));
    const job = await client.GET('/v2/chats/broadcast/{jobId}', {
      params: { path: { jobId: sent.data?.jobId ?? '' } },
    });
    expect(job.error).toBeUndefined();
    expect(fetch.last().headers.get('authorization')).toBe('JWT app.token.sig');
  });

  it('the app-token broadcast refuses a server token in x-custom-token alone', async () => {
    const { client } = setup(serverHeaders, { allowViolations: true });
    const { error, response } = await client.POST('/v2/chats/broadcast', { body: { text: 'Hello' } });
    expect(response.status).toBe(401);
    expect(error?.error).toEqual(expect.any(String));
    expect((await contractViolations(response)).map((v) => v.message)).toEqual([
      'Invalid security scheme used',
    ]);
  });

  it('getBot and updateBot use the app token', async () => {
    const { fetch, client } = setup(appTokenHeaders);
    const got = await client.GET('/v2/bot');
    expect(got.error).toBeUndefined();
    const body = { status: 'on' as const, trigger: 'any_message' as const, greetingMessage: 'Hi!' };
    const put = await client.PUT('/v2/bot', { body });
    expect(put.error).toBeUndefined();
    expect(fetch.last().body).toEqual(body);
  });

  it('createAgentReply returns the answer and its cost', async () => {
    const { fetch, client } = setup(serverHeaders);
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
