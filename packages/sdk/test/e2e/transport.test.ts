import { Agent, type Dispatcher } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import { EthoraConfigError } from '../../src/index.js';
import { freshApp, rootRepo } from './harness.js';

describe('the dispatcher option', () => {
  const agent = new Agent({ connections: 2 });
  afterAll(() => agent.close());

  it('sends every call of the repository through the undici dispatcher it is given, and leaves it open', async () => {
    const seen: string[] = [];
    // undici's documented way to watch a dispatcher: an interceptor that records each request it forwards.
    const recording = agent.compose((dispatch) => (options: Dispatcher.DispatchOptions, handler) => {
      seen.push(`${options.method} ${options.path.split('?')[0]}`);
      return dispatch(options, handler);
    });
    const { repo } = await freshApp({ dispatcher: recording });
    await repo.createChatRoom('through-agent');
    const users = await repo.getUsers({ limit: 5 });
    expect(users).toMatchObject({ limit: 5 });
    expect(seen).toEqual(['POST /v2/chats', 'GET /v2/chats/users']);
    expect(agent.closed).toBe(false);
  });

  it('refuses a dispatcher together with a fetch, or one that is not a dispatcher, before any call', () => {
    expect(() => rootRepo({ dispatcher: agent, fetch: globalThis.fetch })).toThrow(EthoraConfigError);
    expect(() => rootRepo({ dispatcher: {} as never })).toThrow(/`dispatcher`/);
  });
});
