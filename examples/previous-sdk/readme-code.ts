/**
 * Code written for the previous SDK (`@ethora/sdk-backend-integration`), the way its README shows it, with only
 * the import changed to `@ethora/sdk`. Nothing else is adapted: the calls, their arguments and how their results
 * are used are the README's (its console logging is left out). `test/previous-sdk.test.ts` type-checks and runs it
 * against the mock API, configured through the README's environment variables.
 *
 * It reads the environment at import, as the README's Express example does (`getChatRepositoryImpl()` at the top).
 */

import type { Server } from 'node:http';
import { getChatRepositoryImpl } from '@ethora/sdk';
import express from 'express';

/** Quick start: a room for a workspace, a user, access, and a client token for the frontend. */
export async function basicUsage(): Promise<string> {
  // Get repository instance
  const chatRepo = getChatRepositoryImpl();

  const workspaceId = '123e4567-e89b-12d3-a456-426614174000';
  await chatRepo.createChatRoom(workspaceId);

  const userId = 'user-123';
  await chatRepo.createUser(userId);

  await chatRepo.grantUserAccessToChatRoom(workspaceId, userId);

  // Generate client JWT token for frontend
  const clientToken = chatRepo.createChatUserJwtToken(userId);
  return clientToken;
}

/** The API reference's examples, one call each. */
export async function apiReferenceExamples(workspaceId: string, userId: string) {
  const chatRepo = getChatRepositoryImpl();
  const chatName = chatRepo.createChatName(workspaceId, true);
  const token = chatRepo.createChatUserJwtToken(userId);
  const created = await chatRepo.createUser(userId, {
    displayName: 'John Doe',
    email: 'john@example.com',
  });
  const room = await chatRepo.createChatRoom(workspaceId, {
    description: 'Workspace chat room',
    isPublic: false,
  });
  await chatRepo.grantUserAccessToChatRoom(workspaceId, userId);
  await chatRepo.grantChatbotAccessToChatRoom(workspaceId);
  await chatRepo.deleteUsers([userId, 'user-2', 'user-3']);
  const deleted = await chatRepo.deleteChatRoom(workspaceId);
  return { chatName, token, created, room, deleted };
}

/** Complete workspace setup, in the README's loop. */
export async function setupWorkspaceChat(workspaceId: string, userIds: string[]) {
  const chatRepo = getChatRepositoryImpl();

  try {
    // 1. Create chat room
    await chatRepo.createChatRoom(workspaceId);

    // 2. Create users
    for (const userId of userIds) {
      await chatRepo.createUser(userId);
    }

    // 3. Grant users access to chat room
    for (const userId of userIds) {
      await chatRepo.grantUserAccessToChatRoom(workspaceId, userId);
    }

    // 4. Grant chatbot access
    await chatRepo.grantChatbotAccessToChatRoom(workspaceId);

    return { success: true };
  } catch (error) {
    console.error('Error setting up workspace chat:', error);
    throw error;
  }
}

/** Client tokens for several users: typed `Record<string, string>`, so each token must be a string. */
export function generateClientTokens(userIds: string[]): Record<string, string> {
  const chatRepo = getChatRepositoryImpl();
  const tokens: Record<string, string> = {};

  for (const userId of userIds) {
    tokens[userId] = chatRepo.createChatUserJwtToken(userId);
  }

  return tokens;
}

/** Cleanup on workspace deletion; a room that is already gone is not an error. */
export async function cleanupWorkspace(workspaceId: string, userIds: string[]) {
  const chatRepo = getChatRepositoryImpl();

  try {
    // Delete chat room (handles non-existent rooms gracefully)
    const response = await chatRepo.deleteChatRoom(workspaceId);
    const alreadyGone = response.reason === 'Chat room not found';

    // Delete users
    if (userIds.length > 0) {
      await chatRepo.deleteUsers(userIds);
    }
    return { alreadyGone };
  } catch (error) {
    console.error('Error during cleanup:', error);
    throw error;
  }
}

// Using with Express.js: the repository is taken once, at the top of the module.
const app = express();
const chatRepo = getChatRepositoryImpl();

app.post('/workspaces/:workspaceId/chat', async (req, res) => {
  try {
    const { workspaceId } = req.params;
    const response = await chatRepo.createChatRoom(workspaceId);
    res.json(response);
    // biome-ignore lint/correctness/noUnusedVariables: the README's code, kept as written
  } catch (error) {
    res.status(500).json({ error: 'Failed to create chat room' });
  }
});

app.post('/workspaces/:workspaceId/chat/users/:userId', async (req, res) => {
  try {
    const { workspaceId, userId } = req.params;
    await chatRepo.grantUserAccessToChatRoom(workspaceId, userId);
    res.json({ success: true });
    // biome-ignore lint/correctness/noUnusedVariables: the README's code, kept as written
  } catch (error) {
    res.status(500).json({ error: 'Failed to grant access' });
  }
});

// Usage in API endpoint: the token goes out as a string.
app.get('/api/chat/tokens/:userId', (req, res) => {
  const { userId } = req.params;
  const token = chatRepo.createChatUserJwtToken(userId);
  res.json({ token });
});

/** Starts the README's Express app (for the test; the README leaves listening to the reader). */
export function listen(port: number, host: string): Server {
  return app.listen(port, host);
}
