/**
 * An Express 5 backend that gives each of its workspaces a chat room.
 *
 *   ETHORA_CHAT_API_URL=... ETHORA_CHAT_APP_ID=... ETHORA_CHAT_APP_SECRET=... PORT=3000 npx tsx express-integration.ts
 *
 * Routes (put your own authentication in front of them: the token route, above all, must only
 * answer the user it belongs to):
 *   POST   /workspaces/:workspaceId/chat                 create the workspace's room  { title?, description? }
 *   DELETE /workspaces/:workspaceId/chat                 delete it (idempotent)
 *   POST   /chat/users/:userId                           create a chat user           { displayName?, email? }
 *   POST   /workspaces/:workspaceId/chat/users/:userId   let a user into the room
 *   DELETE /workspaces/:workspaceId/chat/users/:userId   take the user out again
 *   GET    /chat/tokens/:userId                          a client token for that user's frontend
 *
 * SDK errors become HTTP answers in one error handler: bad input (caught before anything is sent) → 400,
 * a missing record → 404, any other answer of the chat API → 502, an unreachable API → 503/504.
 * Error bodies carry a short message and the API's request id, never a token or the app secret.
 */

import {
  type ChatRepository,
  EthoraApiError,
  EthoraConfigError,
  EthoraNetworkError,
  EthoraNotFoundError,
  EthoraTimeoutError,
  EthoraValidationError,
  getChatRepositoryImpl,
} from '@ethora/sdk';
import express, { type ErrorRequestHandler, type Express, type Request } from 'express';
import { isMain } from './support/is-main.js';

/** Where the app reports failures it answers with a 5xx; `console` fits. */
export interface AppLogger {
  /** Receives one line per failed request with the error's safe JSON form. */
  error(message: string, meta?: Record<string, unknown>): void;
}

/** Options for {@link createApp}. */
export interface CreateAppOptions {
  /** Where 5xx failures are logged (default `console`). */
  readonly logger?: AppLogger;
}

/** The JSON body of every error answer. */
export interface ErrorBody {
  readonly error: {
    /** Stable kind a frontend can switch on. */
    readonly type: 'invalid_request' | 'not_found' | 'chat_unavailable' | 'internal';
    /** A short, safe message. */
    readonly message: string;
    /** The argument that was rejected, for `invalid_request`. */
    readonly argument?: string;
    /** The chat API's request id, to quote to support. */
    readonly requestId?: string;
  };
}

function optionalString(req: Request, field: string): string | undefined {
  const value: unknown = (req.body as Record<string, unknown> | undefined)?.[field];
  return typeof value === 'string' ? value : undefined;
}

/** Builds the Express app around a repository; the caller decides where it listens. */
export function createApp(repo: ChatRepository, options: CreateAppOptions = {}): Express {
  const logger = options.logger ?? console;
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '16kb' }));

  app.post('/workspaces/:workspaceId/chat', async (req, res) => {
    const { workspaceId } = req.params;
    const title = optionalString(req, 'title') ?? `Workspace ${workspaceId}`;
    const description = optionalString(req, 'description');
    const room = await repo.createChatRoom(workspaceId, { title, ...(description ? { description } : {}) });
    res.status(201).json({ chatJid: repo.createChatName(workspaceId), room: room.result });
  });

  app.delete('/workspaces/:workspaceId/chat', async (req, res) => {
    const outcome = await repo.deleteChatRoom(req.params.workspaceId);
    // A room that is already gone is not an error for a delete.
    res.json({ deleted: outcome.ok !== false, ...('reason' in outcome ? { reason: outcome.reason } : {}) });
  });

  app.post('/chat/users/:userId', async (req, res) => {
    const displayName = optionalString(req, 'displayName');
    const email = optionalString(req, 'email');
    const created = await repo.createUser(req.params.userId, {
      ...(displayName ? { displayName } : {}),
      ...(email ? { email } : {}),
    });
    res.status(202).json(created);
  });

  app.post('/workspaces/:workspaceId/chat/users/:userId', async (req, res) => {
    await repo.grantUserAccessToChatRoom(req.params.workspaceId, req.params.userId);
    res.json({ granted: true });
  });

  app.delete('/workspaces/:workspaceId/chat/users/:userId', async (req, res) => {
    await repo.removeUserAccessFromChatRoom(req.params.workspaceId, req.params.userId);
    res.json({ removed: true });
  });

  app.get('/chat/tokens/:userId', (req, res) => {
    const token = repo.createChatUserJwtToken(req.params.userId);
    // A bearer credential: never cache it anywhere between the backend and the browser.
    res.set('Cache-Control', 'no-store').json({ token, expiresInSeconds: repo.config.clientTokenTtl });
  });

  app.use(errorHandler(logger));
  return app;
}

/** Maps SDK errors to HTTP answers with bodies that are safe to show a browser. */
export function errorHandler(logger: AppLogger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const [status, body] = toHttpError(error);
    if (status >= 500) {
      // The SDK's errors serialise without headers or tokens, so their JSON form is safe to log.
      const safe =
        error instanceof Error && 'toJSON' in error ? (error as { toJSON(): unknown }).toJSON() : undefined;
      logger.error(`${req.method} ${req.path} failed with ${status}`, { error: safe ?? String(error) });
    }
    res.status(status).json(body);
  };
}

function toHttpError(error: unknown): [number, ErrorBody] {
  if (error instanceof EthoraValidationError) {
    return [400, { error: { type: 'invalid_request', message: error.message, argument: error.argument } }];
  }
  if (error instanceof SyntaxError && 'body' in error) {
    return [400, { error: { type: 'invalid_request', message: 'The request body is not valid JSON.' } }];
  }
  const requestId = error instanceof EthoraApiError && error.requestId ? { requestId: error.requestId } : {};
  if (error instanceof EthoraNotFoundError) {
    return [
      404,
      { error: { type: 'not_found', message: 'The chat service does not know this record.', ...requestId } },
    ];
  }
  if (error instanceof EthoraApiError) {
    const message = `The chat service answered ${error.status}.`;
    return [502, { error: { type: 'chat_unavailable', message, ...requestId } }];
  }
  if (error instanceof EthoraTimeoutError) {
    return [
      504,
      { error: { type: 'chat_unavailable', message: 'The chat service did not answer in time.' } },
    ];
  }
  if (error instanceof EthoraNetworkError) {
    return [503, { error: { type: 'chat_unavailable', message: 'The chat service is unreachable.' } }];
  }
  // Configuration and unexpected errors: the details go to the log, not to the client.
  const message = error instanceof EthoraConfigError ? 'Chat is not configured.' : 'Internal error.';
  return [500, { error: { type: 'internal', message } }];
}

if (isMain(import.meta.url)) {
  const port = Number(process.env.PORT ?? 3000);
  createApp(getChatRepositoryImpl()).listen(port, () => {
    console.log(`Listening on http://localhost:${port}`);
  });
}
