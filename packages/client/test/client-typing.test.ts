import { describe, expect, it } from 'vitest';
import type { components } from '../src/index.js';
import { type App, createEthoraClient, unwrap } from '../src/index.js';
import { recordingFetch } from './support/recording-fetch.js';

type ChatRoomResult = components['schemas']['ChatRoomResult'];

describe('the client keeps openapi-fetch typing, with the per-call options typed too', () => {
  it('types paths, parameters, bodies, per-call options and unwrapped data (checked by tsc)', async () => {
    const fetch = recordingFetch(() => Response.json({ result: { name: 'a_b' } }));
    const client = createEthoraClient({ baseUrl: 'https://api.example.test', fetch, logLevel: 'silent' });

    const room = await unwrap(
      client.POST('/v2/chats', {
        body: { title: 'T', uuid: 'ws-1' },
        timeoutMs: 5_000,
        maxRetries: 0,
        idempotent: true,
      }),
    );
    const typedRoom: ChatRoomResult = room;
    const name: string = room.result.name;
    expect([typedRoom, name]).toEqual([{ result: { name: 'a_b' } }, 'a_b']);

    const result = await client.GET('/v2/apps/{appId}', {
      params: { path: { appId: '65f1c2a9e4b0a1b2c3d4e5f6' } },
    });
    const app: App | undefined = result.data?.app;
    // @ts-expect-error the data is typed from the spec, not `any`
    const wrong: number | undefined = result.data?.app;
    expect([app, wrong]).toEqual([undefined, undefined]);
    expect(fetch.seen.at(-1)?.url).toBe('https://api.example.test/v2/apps/65f1c2a9e4b0a1b2c3d4e5f6');

    const mistakes = [
      // @ts-expect-error an unknown path
      () => client.GET('/v2/nope'),
      // @ts-expect-error the required path parameter is missing
      () => client.GET('/v2/apps/{appId}'),
      // @ts-expect-error the body misses the required `uuid`
      () => client.POST('/v2/chats', { body: { title: 'T' } }),
      // @ts-expect-error per-call options are typed
      () => client.GET('/v2/apps', { timeoutMs: '5s' }),
      // @ts-expect-error per-call options are typed
      () => client.GET('/v2/apps', { idempotent: 'yes' }),
    ];
    expect(mistakes).toHaveLength(5);
  });
});
