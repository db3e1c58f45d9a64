/**
 * Every method of the previous SDK's service (`@ethora/sdk-backend` 26.8.1), called with the arguments its types
 * declared, with only the import changed to `@ethora/sdk`. `test/previous-sdk.test.ts` type-checks and runs it
 * against the mock API. Ids of results are read with `String(...)`, which fitted the previous open results and
 * fits the typed ones here.
 */

import { EthoraSDKService, getEthoraSDKService } from '@ethora/sdk';

/** Tenant administration of one app: apps, tokens, provisioning, bot, broadcasts, users and rooms in the app. */
export async function administerApp(appId: string) {
  const service = new EthoraSDKService();

  const apps = await service.listApps({ limit: 10, offset: 0, order: 'desc', orderBy: 'createdAt' });
  const app = await service.getApp(appId);
  const created = await service.createApp({ displayName: 'Acme Support', domainName: 'acmesupport' });
  await service.provisionApp(appId);
  await service.provisionApp(appId, { rooms: [{ title: 'General', pinned: true }] });

  const tokens = await service.listAppTokens(appId);
  const token = await service.createAppToken(appId);
  await service.createAppToken(appId, { label: 'ci' });
  const rotated = await service.rotateAppToken(appId, String(token.tokenId));
  await service.rotateAppToken(appId, String(token.tokenId), { label: 'ci, rotated' });
  await service.revokeAppToken(appId, String(rotated.tokenId));

  const bot = await service.getAppBot(appId);
  await service.updateAppBot(appId, { status: 'on', trigger: '/bot', greetingMessage: 'Hi!', isRAG: false });

  const broadcast = await service.broadcastToAppChats(appId, {
    text: 'Maintenance at 22:00',
    allRooms: true,
  });
  const broadcastJob = await service.getAppBroadcastJob(appId, String(broadcast.jobId));

  const batch = await service.createUsersInApp(appId, {
    bypassEmailConfirmation: true,
    usersList: [{ uuid: 'user-1', email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' }],
  });
  const usersJob = await service.getUsersBatchJob(appId, String(batch.jobId));

  await service.createChatRoomInApp(appId, 'ws-1');
  await service.createChatRoomInApp(appId, 'ws-2', { title: 'Design', type: 'group' });
  const chats = await service.listChatsInApp(appId, { limit: 20, offset: 0, includeMembers: true });
  await service.grantUserAccessToChatRoomInApp(appId, 'ws-1', 'user-1');
  await service.grantUserAccessToChatRoomInApp(appId, 'ws-1', ['user-1', 'user-2']);
  await service.removeUserAccessFromChatRoomInApp(appId, 'ws-1', ['user-2']);
  const userChats = await service.getUserChatsInApp(appId, 'user-1', { includeMembers: false });
  await service.updateChatRoomInApp(appId, 'ws-1', { title: 'Workspace one' });
  await service.deleteChatRoomInApp(appId, 'ws-2');
  await service.deleteUsersInApp(appId, ['user-2']);

  return { apps, app, created, tokens, bot, broadcastJob, usersJob, chats, userChats };
}

/** The service's methods on the configured app, from the shared instance. */
export async function workWithConfiguredApp(appId: string) {
  const service = getEthoraSDKService();

  // The previous createUser took `uuid` and `role` in userData and used the userId argument.
  await service.createUser('user-7', {
    uuid: 'user-7',
    role: 'member',
    firstName: 'Grace',
    lastName: 'Hopper',
  });
  await service.createChatRoom('ws-7', { title: 'Seven' });
  await service.grantUserAccessToChatRoom('ws-7', ['user-7']);
  await service.updateChatRoom('ws-7', { description: 'The seventh workspace' });
  const updated = await service.updateUsers([{ xmppUsername: `${appId}_user-7`, firstName: 'Grace' }]);
  const members = await service.getUsers({ chatName: `${appId}_ws-7`, limit: 50 });
  const one = await service.getAppUserByXmppUsername(`${appId}_user-7`);
  const rooms = await service.getUserChats('user-7', { limit: 10, includeMembers: true });
  await service.removeUserAccessFromChatRoom('ws-7', 'user-7');
  const jid = service.createChatName('ws-7');
  const shortName = service.createChatName('ws-7', false);
  return { updated, members, one, rooms, jid, shortName };
}
