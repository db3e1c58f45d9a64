import { contractFetch } from '@ethora/testkit';
import { describe, expect, it } from 'vitest';
import {
  createChatRepository,
  EthoraApiError,
  EthoraConfigError,
  EthoraError,
  EthoraTokenError,
  EthoraValidationError,
  verifyJwtToken,
} from '../src/index.js';
import { withPrefer } from './repository-harness.js';
import {
  APP_ID,
  APP_SECRET,
  errors,
  expectClean,
  leaks,
  lines,
  logRenderings,
  mark,
  renderings,
  repository,
  run,
  secrets,
  useSecretScan,
  WORKSPACE,
} from './secret-scan.js';

// Not vacuous: the scans below look at real output of every level the SDK writes.
// No `warn` lines: they come from retries, which need a 429 or 5xx that the spec does not declare (no Ethora
// answer is known for them); secret-hygiene-faults.test.ts scans retries against the fault server.
useSecretScan({ calls: 55, lines: 90, errors: 25, levels: ['debug'] });

describe('the secret scanner', () => {
  it('finds a planted app secret, derived key or JWT in a log line or anywhere in an error', async () => {
    const repo = repository({ fetch: contractFetch() });
    const token = await repo.createChatUserJwtToken('u-1');
    const planted = [
      leaks(logRenderings({ level: 'debug', args: ['request', { note: token }] }), 'log'),
      leaks(renderings(new EthoraError(`key ${secrets[1]}`)), 'message'),
      leaks(renderings(new EthoraError('outer', { cause: new Error(`inner ${APP_SECRET}`) })), 'cause'),
      leaks(renderings(Object.assign(new EthoraError('plain'), { detail: { deep: [secrets[2]] } })), 'field'),
    ];
    for (const found of planted) expect(found.length).toBeGreaterThan(0);
  });
});

describe('secret hygiene against the Prism mock', () => {
  it('keeps secrets and tokens out of the logs of successful calls', async () => {
    const from = mark();
    for (const tokenSigning of ['scoped', 'raw'] as const) {
      const repo = repository({ fetch: contractFetch(), tokenSigning });
      await run(() => repo.createChatRoom(WORKSPACE, { title: 'Hygiene' }));
      await run(() => repo.createUser('u-1', { displayName: 'Ada Lovelace' }));
      await run(() => repo.grantUserAccessToChatRoom(WORKSPACE, ['u-1', 'u-2']));
      await run(() => repo.grantChatbotAccessToChatRoom(WORKSPACE));
      await run(() => repo.getUsers({ chatName: WORKSPACE, limit: 10 }));
      await run(() => repo.getUserChats('u-1'));
      await run(() => repo.listApps({ limit: 5 }));
      await run(() => repo.getApp(APP_ID));
      await run(() => repo.createAppToken(APP_ID, { label: 'ci' }));
      await run(() => repo.removeUserAccessFromChatRoom(WORKSPACE, 'u-2'));
      await run(() => repo.deleteChatRoom(WORKSPACE));
      await run(() => repo.deleteUsers(['u-1']));
      // A client token is the call's result, for the frontend: it must not show up in any log line.
      await run(() => repo.createChatUserJwtToken('u-1'));
      await run(() => repo.serverToken());
    }
    const scanned = expectClean(from);
    expect(errors.length).toBe(from.errors);
    // A request and a response line for each of the 24 HTTP calls.
    expect(scanned.lines).toBe(48);
  });

  // 5xx and 429 answers come from the fault server (secret-hygiene-faults.test.ts): no Ethora body is known for them.
  it.each(['400', '401', '422'])('keeps them out of logs and errors of %s answers', async (code) => {
    const from = mark();
    const repo = repository({ fetch: withPrefer(contractFetch(), `code=${code}`), maxRetries: 0 });
    await run(() => repo.createChatRoom(WORKSPACE, { title: 'Hygiene' }));
    await run(() => repo.createUser('u-1'));
    await run(() => repo.grantUserAccessToChatRoom(WORKSPACE, 'u-1'));
    await run(() => repo.getUsers());
    await run(() => repo.deleteChatRoom(WORKSPACE));
    const scanned = expectClean(from);
    expect(scanned.errors).toBeGreaterThanOrEqual(4);
    for (const error of errors.slice(from.errors)) expect(error).toBeInstanceOf(EthoraApiError);
    expect(lines.slice(from.lines).some((line) => line.args[0] === 'request failed')).toBe(true);
  });

  it('keeps them out of validation, configuration and token errors', async () => {
    const from = mark();
    const repo = repository({ fetch: contractFetch() });
    await run(() => repo.createChatRoom('has space'));
    await run(() => repo.grantUserAccessToChatRoom(WORKSPACE, []));
    await run(() => repo.deleteUsers(['ok', 'ok']));
    await run(() => repo.getUsers({ limit: 100_000 }));
    await run(() => repo.broadcastToAppChats(APP_ID, { text: 'hi' } as never));
    await run(() =>
      repo.createUsersInApp(APP_ID, [
        { uuid: 'u-9', email: 'not-an-email', firstName: 'Ada', lastName: 'L', password: APP_SECRET },
      ]),
    );
    await run(() => repo.createUsersInApp(APP_ID, [{ uuid: 'u-9', password: 42 } as never]));
    await run(() => createChatRepository({ apiUrl: 'not a url', appId: APP_ID, appSecret: APP_SECRET }));
    await run(() => createChatRepository({ apiUrl: 'https://x.test', appId: 'nope', appSecret: APP_SECRET }));
    await run(() =>
      createChatRepository({ apiUrl: 'https://x.test', appId: APP_ID, appSecret: `${APP_SECRET}\n` }),
    );
    await run(() =>
      createChatRepository({
        apiUrl: 'https://x.test',
        appId: APP_ID,
        appSecret: APP_SECRET,
        logLevel: 'x' as never,
      }),
    );
    const token = await repo.createChatUserJwtToken('u-1');
    const [header, payload, signature] = token.split('.');
    await run(() => verifyJwtToken(`${header}.${payload}.${signature?.slice(1)}x`, repo.config));
    await run(() => verifyJwtToken(token, { appId: APP_ID, appSecret: 'another-secret-value' }));
    await run(() => verifyJwtToken(token, repo.config, { expectedType: 'server' }));
    await run(() => verifyJwtToken('eyJhbGciOiJub25lIn0.eyJ4IjoxfQ.', repo.config));
    const scanned = expectClean(from);
    const caught = errors.slice(from.errors);
    expect(scanned.errors).toBe(15);
    expect(caught.filter((e) => e instanceof EthoraValidationError)).toHaveLength(7);
    expect(caught.filter((e) => e instanceof EthoraConfigError)).toHaveLength(4);
    expect(caught.filter((e) => e instanceof EthoraTokenError)).toHaveLength(4);
  });
});
