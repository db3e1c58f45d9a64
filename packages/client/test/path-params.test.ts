import { describe, expect, it } from 'vitest';
import { EthoraValidationError, type HttpMethod, operationInfo } from '../src/index.js';
import { APP_ID, useFaultServer } from './support/fault-suite.js';
import { TRANSPORTS } from './support/transports.js';

/** Every (operation, path parameter) pair of the generated operation table. */
const PATH_PARAMS = Object.keys(operationInfo).flatMap((key) => {
  const [method = '', path = ''] = key.split(' ');
  const names = [...path.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1] as string);
  return names.map((param) => ({ method, path, param, names }));
});
/** `.` and `..`, plain and percent-encoded once or twice, in either case. */
const DOT_VALUES = ['.', '..', '%2e', '%2E%2e', '.%2E', '%252e%252E'];

describe.each(TRANSPORTS)('path parameters over the $name', ({ make }) => {
  const suite = useFaultServer(make);
  const call = (method: string, path: string, pathParams: Record<string, unknown>) =>
    suite
      .clientWith({ maxRetries: 0 })
      // The table's routes as strings: the typed signature does not apply to a loop over them.
      .request(method.toLowerCase() as HttpMethod, path as never, { params: { path: pathParams } } as never);

  it('covers every operation of the table that has a path parameter', () => {
    // A route added to the spec adds its parameters here by itself (65 parameters in 56 operations today).
    const templated = Object.keys(operationInfo).filter((key) => key.includes('{'));
    expect(templated.length).toBeGreaterThan(0);
    expect(new Set(PATH_PARAMS.map(({ method, path }) => `${method} ${path}`))).toEqual(new Set(templated));
  });

  it('refuses "." and ".." (also percent-encoded) in every path parameter, before sending', async () => {
    let refused = 0;
    for (const { method, path, param, names } of PATH_PARAMS) {
      for (const value of DOT_VALUES) {
        const pathParams = Object.fromEntries(names.map((name) => [name, name === param ? value : APP_ID]));
        const error = await call(method, path, pathParams).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error, `${method} ${path} ${param}=${value}`).toBeInstanceOf(EthoraValidationError);
        expect(error).toMatchObject({ argument: `path.${param}`, rule: 'dot-segment' });
        refused += 1;
      }
    }
    expect(refused).toBe(PATH_PARAMS.length * DOT_VALUES.length);
    expect(suite.server.count).toBe(0);
  });

  it('refuses a missing or empty path parameter, which would also name another route', async () => {
    const client = suite.clientWith({ maxRetries: 0 });
    const route = '/v2/apps/{appId}/tokens/{tokenId}';
    const cases = [
      [{ appId: APP_ID, tokenId: '' }, 'path.tokenId', 'non-empty'],
      [{ appId: APP_ID }, 'path.tokenId', 'required'],
      [{ appId: null, tokenId: 't1' }, 'path.appId', 'required'],
    ] as const;
    for (const [path, argument, rule] of cases) {
      const error = await client.DELETE(route, { params: { path } } as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EthoraValidationError);
      expect(error).toMatchObject({ argument, rule });
    }
    const bare = await client.GET('/v2/apps/{appId}', {} as never).catch((e: unknown) => e);
    expect(bare).toMatchObject({ argument: 'path.appId', rule: 'required' });
    expect(suite.server.count).toBe(0);
  });

  it('keeps refusing dot segments when a call brings its own pathSerializer', async () => {
    const client = suite.clientWith({ maxRetries: 0 });
    // A serializer that pastes values in raw would otherwise send `/v2/apps/..`, which is `/v2/`.
    const raw = (pathname: string, params: Record<string, unknown>) =>
      pathname.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));
    const error = await client
      .GET('/v2/apps/{appId}', { params: { path: { appId: '..' } }, pathSerializer: raw })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EthoraValidationError);
    expect(error).toMatchObject({ argument: 'path.appId', rule: 'dot-segment' });
    expect(suite.server.count).toBe(0);
  });

  it('sends ids that only contain dots, and encodes CRLF, NUL and "/" as before', async () => {
    const client = suite.clientWith({ maxRetries: 0 });
    const ids = ['...', '.a', 'a.', '..a', 'a..b', '../x', 'a/..', 'a\r\nb', 'a\u0000b', '%2e%2e%2f'];
    for (const chatName of ids)
      await client.PATCH('/v2/apps/{appId}/chats/{chatName}', {
        params: { path: { appId: APP_ID, chatName } },
        body: { title: 't' },
      });
    const prefix = `/v2/apps/${APP_ID}/chats/`;
    expect(suite.server.requests.map((request) => request.path)).toEqual(
      ids.map((id) => prefix + encodeURIComponent(id)),
    );
  });
});
