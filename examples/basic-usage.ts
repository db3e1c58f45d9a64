/**
 * The basics, one call each: a room for a workspace, a user, access, a client token.
 * The same calls as the previous SDK's (`@ethora/sdk-backend`) quick start, now typed and with
 * `await` on the token.
 *
 *   ETHORA_CHAT_API_URL=https://api.chat.ethora.com ETHORA_CHAT_APP_ID=... ETHORA_CHAT_APP_SECRET=... \
 *   npx tsx basic-usage.ts
 */
import { type ChatRepository, EthoraApiError, getChatRepositoryImpl } from '@ethora/sdk';
import { isMain } from './support/is-main.js';
import { redactToken } from './support/redact-token.js';

/** What {@link basicUsage} returns. */
export interface BasicUsageResult {
  /** Full JID of the workspace's room. */
  readonly chatJid: string;
  /** Ethora's name of the room, as the API returned it. */
  readonly roomName: string;
  /** A client JWT for the user's frontend (exchange it at `POST /v1/users/client`). */
  readonly clientToken: string;
}

/** Creates a room for `workspaceId`, creates `userId`, lets the user in and mints the user's client token. */
export async function basicUsage(
  repo: ChatRepository,
  workspaceId: string,
  userId: string,
): Promise<BasicUsageResult> {
  // `<appId>_<workspaceId>@conference.xmpp.chat.ethora.com`; `createChatName(id, false)` gives the short name.
  const chatJid = repo.createChatName(workspaceId);

  // The result is the typed response body: `room.result.name` is known to the compiler.
  const room = await repo.createChatRoom(workspaceId, {
    title: 'Design team',
    description: 'Workspace chat',
  });

  // Display names are split into first and last name; email and password are generated when absent.
  await repo.createUser(userId, { displayName: 'Alice Martin' });

  // One id or an array of ids.
  await repo.grantUserAccessToChatRoom(workspaceId, userId);

  // A client JWT for the user's frontend, returned directly (signed locally, nothing is sent).
  const clientToken = repo.createChatUserJwtToken(userId);

  return { chatJid, roomName: room.result.name, clientToken };
}

if (isMain(import.meta.url)) {
  try {
    const result = await basicUsage(getChatRepositoryImpl(), 'workspace-42', 'user-123');
    console.log({ ...result, clientToken: redactToken(result.clientToken) });
  } catch (error) {
    // Typed errors: an API failure carries its status, the API's code and the request id for support.
    if (error instanceof EthoraApiError)
      console.error(error.status, error.code, error.requestId, error.message);
    else console.error(error);
    process.exitCode = 1;
  }
}
