// The names README snippets use without declaring them: what the surrounding application would
// already have in scope. A global script (no import or export), so every snippet module sees it;
// a snippet may still declare its own `repo` or `workspaceId`, which shadows these.

/** The repository a snippet calls, as `createChatRepository` or `getChatRepositoryImpl` returns it. */
declare const repo: import('@ethora/sdk').ChatRepository;

/** The low-level client a snippet calls, as `createEthoraClient` returns it. */
declare const client: import('@ethora/client').EthoraClient;

/** Credentials the application loaded from a vault. */
declare const secrets: { readonly ethoraAppId: string; readonly ethoraAppSecret: string };

/** The application's id of a workspace, used as the chat id. */
declare const workspaceId: string;

/** The application's ids of some users. */
declare const userIds: string[];

/** The application's own structured logger (pino-like). */
declare const log: {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
};

/** The application's HTTP answer for a bad request naming the field at fault. */
declare function badRequest(field: string, message: string): Response;

/** The application's HTTP 404 answer. */
declare function notFound(): Response;

/** The application's Express app, built around a repository (an Express app is a request listener). */
declare function createApp(repo: import('@ethora/sdk').ChatRepository): import('node:http').RequestListener;

/** An emulator the test started with `startEmulator()`. */
declare const ethora: import('@ethora/emulator').Emulator;
