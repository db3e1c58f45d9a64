import { verifyJwtToken } from '@ethora/sdk';
import { contractFetch } from '@ethora/testkit';
import { expect, it } from 'vitest';
import { basicUsage } from '../basic-usage.js';
import { APP_ID, expectServerAuth, mockRepo, routes } from './helpers.js';

it('basicUsage creates a room and a user, grants access and returns a verifiable client token', async () => {
  const fetch = contractFetch();
  const repo = mockRepo(fetch);

  const result = await basicUsage(repo, 'workspace-42', 'user-123');

  expect(routes(fetch)).toEqual(['POST /v2/chats', 'POST /v2/users/batch', 'POST /v2/chats/users-access']);
  for (const exchange of fetch.exchanges) expectServerAuth(exchange);
  const [room, user, access] = fetch.exchanges;
  expect(room?.body).toEqual({
    title: 'Design team',
    description: 'Workspace chat',
    uuid: 'workspace-42',
    type: 'group',
  });
  expect(user?.body).toMatchObject({
    bypassEmailConfirmation: true,
    usersList: [{ uuid: 'user-123', firstName: 'Alice', lastName: 'Martin' }],
  });
  expect(access?.body).toEqual({ chatName: `${APP_ID}_workspace-42`, members: [`${APP_ID}_user-123`] });

  expect(result.chatJid).toBe(`${APP_ID}_workspace-42@conference.xmpp.chat.ethora.com`);
  // The mock answers with the spec's example room; the typed result passes it through.
  expect(result.roomName).toMatch(/^[0-9a-f]{24}_/);
  const payload = await verifyJwtToken(result.clientToken, repo.config, { expectedType: 'client' });
  expect(payload.data).toEqual({ type: 'client', userId: 'user-123', appId: APP_ID });
  expect(payload.exp).toBe(payload.iat + 3600);
});
