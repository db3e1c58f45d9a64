import { describe, expect, it } from 'vitest';
import { APP_ID, serverClient } from './support/prism-clients.js';

const CHAT_NAME = `${APP_ID}_ws-42`;

describe('v2 chats against the Prism mock', () => {
  it('grantUserAccessToChatRoom posts the room and its new members', async () => {
    const { fetch, client } = serverClient();
    const body = { chatName: CHAT_NAME, members: [`${APP_ID}_user-1`, `${APP_ID}_user-2`] };
    const { error, response } = await client.POST('/v2/chats/users-access', { body });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(fetch.last().body).toEqual(body);
  });

  it('removeUserAccessFromChatRoom sends its JSON body on DELETE', async () => {
    const { fetch, client } = serverClient();
    const body = { chatName: CHAT_NAME, members: [`${APP_ID}_user-2`] };
    const { error } = await client.DELETE('/v2/chats/users-access', { body });
    expect(error).toBeUndefined();
    expect(fetch.last().method).toBe('DELETE');
    expect(fetch.last().body).toEqual(body);
  });

  it('updateChatRoomInApp patches the room named in the path', async () => {
    const { fetch, client } = serverClient();
    const body = { title: 'Workspace 42 (archived)' };
    const { error } = await client.PATCH('/v2/apps/{appId}/chats/{chatName}', {
      params: { path: { appId: APP_ID, chatName: CHAT_NAME } },
      body,
    });
    expect(error).toBeUndefined();
    expect(fetch.last().url.pathname).toBe(`/v2/apps/${APP_ID}/chats/${CHAT_NAME}`);
    expect(fetch.last().body).toEqual(body);
  });

  it('getUserChatsInApp lists rooms with their members', async () => {
    const { fetch, client } = serverClient();
    const { data, error } = await client.GET('/v2/apps/{appId}/users/{userId}/chats', {
      params: { path: { appId: APP_ID, userId: 'user-1' }, query: { includeMembers: true, limit: 20 } },
    });
    expect(error).toBeUndefined();
    expect(data?.chats[0]?.name).toBe(CHAT_NAME);
    expect(data?.chats[0]?.members?.[0]?.xmppUsername).toBe(`${APP_ID}_user-1`);
    expect(fetch.last().url.searchParams.get('includeMembers')).toBe('true');
  });

  it('createChatRoomInApp returns the room with its short name', async () => {
    const { fetch, client } = serverClient();
    const body = { title: 'Workspace 42', uuid: 'ws-42', type: 'group', members: [`${APP_ID}_user-1`] };
    const { data, error } = await client.POST('/v2/apps/{appId}/chats', {
      params: { path: { appId: APP_ID } },
      body,
    });
    expect(error).toBeUndefined();
    expect(data?.result.name).toBe(CHAT_NAME);
    expect(fetch.last().body).toEqual(body);
  });

  it('listChatsInApp passes paging and includeMembers', async () => {
    const { fetch, client } = serverClient();
    const { error } = await client.GET('/v2/apps/{appId}/chats', {
      params: { path: { appId: APP_ID }, query: { limit: 10, offset: 20, includeMembers: false } },
    });
    expect(error).toBeUndefined();
    expect(Object.fromEntries(fetch.last().url.searchParams)).toEqual({
      limit: '10',
      offset: '20',
      includeMembers: 'false',
    });
  });

  it('deleteChatRoomInApp sends the room name in a DELETE body', async () => {
    const { fetch, client } = serverClient();
    const body = { name: CHAT_NAME };
    const { error } = await client.DELETE('/v2/apps/{appId}/chats', {
      params: { path: { appId: APP_ID } },
      body,
    });
    expect(error).toBeUndefined();
    expect(fetch.last().method).toBe('DELETE');
    expect(fetch.last().body).toEqual(body);
  });

  it('grantUserAccessToChatRoomInApp takes plain uuids as members', async () => {
    const { fetch, client } = serverClient();
    const body = { chatName: CHAT_NAME, members: ['user-1', `${APP_ID}_user-2`] };
    const { error } = await client.POST('/v2/apps/{appId}/chats/users-access', {
      params: { path: { appId: APP_ID } },
      body,
    });
    expect(error).toBeUndefined();
    expect(fetch.last().body).toEqual(body);
  });

  it('removeUserAccessFromChatRoomInApp sends its JSON body on DELETE', async () => {
    const { fetch, client } = serverClient();
    const body = { chatName: CHAT_NAME, members: ['user-1'] };
    const { error } = await client.DELETE('/v2/apps/{appId}/chats/users-access', {
      params: { path: { appId: APP_ID } },
      body,
    });
    expect(error).toBeUndefined();
    expect(fetch.last().method).toBe('DELETE');
    expect(fetch.last().body).toEqual(body);
  });
});
