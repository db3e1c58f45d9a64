import { createServer, type IncomingMessage } from 'node:http';
import { verifyJwtToken } from '@ethora/sdk';

/** A user of the stub app: what `/v1/users/client` returns for it. */
export interface StubUser {
  firstName: string;
  lastName: string;
  xmppPassword: string;
}

/** The two Ethora routes `messengerFor` calls, answering like the platform for one app. */
export interface EthoraStub {
  readonly url: string;
  /** Users by plain id; change a password here to rotate it. */
  readonly users: Map<string, StubUser>;
  /** Sessions opened, by user id, in order. */
  readonly sessions: string[];
  /** When set, every answer is a 500 that echoes the request's token (a careless server). */
  echoTokens: boolean;
  close(): Promise<void>;
}

/** Starts the stub for `app`, whose `xmppHost` is `xmppHost`. */
export async function startEthoraStub(
  app: { appId: string; appSecret: string },
  xmppHost: string,
): Promise<EthoraStub> {
  const users = new Map<string, StubUser>();
  const sessions: string[] = [];
  const stub = { echoTokens: false };
  const server = createServer(async (request: IncomingMessage, response) => {
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const token = String(request.headers['x-custom-token'] ?? '');
    if (stub.echoTokens) return send(500, { error: `token ${token} was not accepted`, code: 'ECHO' });
    const url = new URL(request.url ?? '/', 'http://stub');
    if (request.method === 'GET' && url.pathname === '/v1/apps/get-config') {
      return send(200, {
        result: { _id: app.appId, domainName: url.searchParams.get('domainName'), xmppHost },
      });
    }
    if (request.method === 'POST' && url.pathname === '/v1/users/client') {
      try {
        const { data } = await verifyJwtToken(token, app, { expectedType: 'client' });
        const user = users.get(data.userId);
        if (!user) return send(401, { error: 'User not found', code: 'USER_NOT_FOUND' });
        sessions.push(data.userId);
        return send(200, {
          user: {
            _id: '6650b7e2c3d4e5f6a7b8c9d1',
            appId: app.appId,
            username: `${app.appId}_${data.userId}`,
            ...user,
          },
          token: 'JWT user-session-token',
          refreshToken: 'JWT refresh-token',
        });
      } catch {
        return send(401, { error: 'Invalid token' });
      }
    }
    send(404, { error: 'Not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return Object.assign(stub, {
    url: `http://127.0.0.1:${port}`,
    users,
    sessions,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
