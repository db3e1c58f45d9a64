import { describe, expect, it } from 'vitest';
import { EthoraInvalidResponseError, EthoraServerError, unwrap } from '../src/index.js';
import { APP, APP_ID, getApp, useFaultServer } from './support/fault-suite.js';
import { TRANSPORTS } from './support/transports.js';

const HTML_502 =
  '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';

// Bodies a server may send by mistake (HTML error pages, cut JSON, nothing) and compressed ones.
describe.each(TRANSPORTS)('broken and encoded bodies over the $name', ({ make }) => {
  const suite = useFaultServer(make);
  const { clientWith, leavesNoTimer } = suite;

  it('turns an HTML 502 page into EthoraServerError with an excerpt, never a parse crash', async () => {
    suite.server.setFallback({ type: 'text', status: 502, body: HTML_502, contentType: 'text/html' });
    const client = clientWith();
    const result = await getApp(client);
    suite.server.setFallback({ type: 'json', body: { ok: true } });
    expect(result.response.status).toBe(502);
    expect(result.error).toBe(HTML_502);
    const error = (() => {
      try {
        unwrap(result);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(EthoraServerError);
    const serverError = error as EthoraServerError;
    expect(serverError.bodyExcerpt).toMatch(/^<!DOCTYPE html> <html><head><title>502 Bad Gateway/);
    expect(serverError.apiMessage).toBeUndefined();
    expect(serverError.message).toContain('GET /v2/apps/{appId} failed with 502');
    expect(suite.server.count).toBe(3);
  });

  it('rejects a 200 with invalid JSON with EthoraInvalidResponseError, without retrying', async () => {
    suite.server.script({
      type: 'text',
      status: 200,
      body: '{"app": {"_id": "65f1',
      contentType: 'application/json',
    });
    const error = await leavesNoTimer(() => getApp(clientWith()).catch((e: unknown) => e));
    expect(error).toBeInstanceOf(EthoraInvalidResponseError);
    expect(error).toMatchObject({
      status: 200,
      reason: 'invalid-json',
      bodyExcerpt: '{"app": {"_id": "65f1',
    });
    expect(suite.server.count).toBe(1);
  });

  it('rejects an empty 200 where the operation returns JSON', async () => {
    suite.server.script({ type: 'empty', status: 200 });
    const error = await getApp(clientWith()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EthoraInvalidResponseError);
    expect(error).toMatchObject({ status: 200, reason: 'empty', method: 'GET' });
  });

  it('accepts an empty 200 where no source documents the body, such as a grant of room access', async () => {
    suite.server.script({ type: 'empty', status: 200 }, { type: 'empty', status: 200 });
    const body = { chatName: `${APP_ID}_ws-42`, members: [`${APP_ID}_u1`] };
    const granted = await clientWith().POST('/v2/chats/users-access', { body });
    expect(granted.response.status).toBe(200);
    expect(granted.data).toBeUndefined();
    expect(granted.error).toBeUndefined();
    const deleted = await clientWith().DELETE('/v2/apps/{appId}', { params: { path: { appId: APP_ID } } });
    expect(deleted.response.status).toBe(200);
    expect(suite.server.count).toBe(2);
  });

  it('decodes gzip, deflate and br bodies', async () => {
    suite.server.script(
      { type: 'json', body: APP, encoding: 'gzip' },
      { type: 'json', body: APP, encoding: 'deflate' },
      { type: 'json', body: APP, encoding: 'br' },
    );
    const client = clientWith();
    for (let i = 0; i < 3; i++) await expect(unwrap(getApp(client))).resolves.toEqual(APP);
  });
});
