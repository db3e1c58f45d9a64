import { inject } from 'vitest';
import { type ChatRepository, type ChatRepositoryOptions, createChatRepository } from '../../src/index.js';

/** A repository of the root app of the run's emulator. */
export function rootRepo(options: Partial<ChatRepositoryOptions> = {}): ChatRepository {
  const { url, appId, appSecret } = inject('emulator');
  return createChatRepository({
    apiUrl: url,
    appId,
    appSecret,
    jidDomain: 'conference.localhost',
    ...options,
  });
}

/** A fresh app of its own for one test, and a repository that speaks for it. */
export interface FreshApp {
  readonly appId: string;
  readonly appSecret: string;
  readonly repo: ChatRepository;
  /** The root app's repository, which manages the fresh app. */
  readonly root: ChatRepository;
}

let counter = 0;

/**
 * Creates a new tenant app with `createApp` through the root app (test files share one emulator and run at
 * once; each test works in an app nobody else touches) and returns a repository configured for it.
 */
export async function freshApp(options: Partial<ChatRepositoryOptions> = {}): Promise<FreshApp> {
  const root = rootRepo();
  counter += 1;
  const created = await root.createApp({ displayName: `E2E ${process.pid}-${counter}` });
  const app = created.app ?? created.result;
  const appId = app?._id;
  const appSecret = app?.appSecret;
  if (typeof appId !== 'string' || typeof appSecret !== 'string') {
    throw new Error('createApp answered without the new app and its secret');
  }
  const repo = createChatRepository({
    apiUrl: inject('emulator').url,
    appId,
    appSecret,
    jidDomain: 'conference.localhost',
    ...options,
  });
  return { appId, appSecret, repo, root };
}

/** `count` user ids with a common prefix: `u-0001`, `u-0002`... */
export function userIds(count: number, prefix = 'u'): string[] {
  return Array.from({ length: count }, (_, index) => `${prefix}-${String(index + 1).padStart(4, '0')}`);
}

/** A `fetch` that counts requests per `METHOD /path` (path without query). */
export function countingFetch(): typeof fetch & { readonly counts: Map<string, number>; total(): number } {
  const counts = new Map<string, number>();
  const counted = ((input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const key = `${request.method} ${new URL(request.url).pathname}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    return fetch(request);
  }) as typeof fetch & { counts: Map<string, number>; total(): number };
  Object.defineProperty(counted, 'counts', { value: counts });
  counted.total = () => [...counts.values()].reduce((sum, count) => sum + count, 0);
  return counted;
}

/** The `chats` of an undocumented list body (`listChatsInApp`), as the emulator answers it. */
export function chatsOf(body: Record<string, unknown>): { name: string; [field: string]: unknown }[] {
  if (!Array.isArray(body.chats)) throw new Error('the answer has no chats list');
  return body.chats as { name: string; [field: string]: unknown }[];
}
