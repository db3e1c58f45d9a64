import createClient from 'openapi-fetch';
import { createAuthResolver } from './src/auth/auth-headers.js';
import type { paths } from './src/generated/schema.js';
import { createLevelledLogger, silentLogger } from './src/logging/logger.js';
import { createCallFetch } from './src/runtime/call-fetch.js';
import { callFactsMiddleware, EthoraRequest } from './src/runtime/ethora-request.js';
import { resolveRetrySettings } from './src/runtime/retry-policy.js';
import type { Answer, Send } from './src/transport/exchange.js';
import { unwrap } from './src/unwrap.js';
const text = JSON.stringify({ items: Array.from({ length: 10 }, (_, i) => ({ xmppUsername: `u${i}`, firstName: 'A', lastName: 'B' })), total: 10 });
const body = new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
const mkHeaders = () => { const h = new Headers(); h.append('content-type', 'application/json; charset=utf-8'); h.append('content-length', String(body.length)); h.append('date', 'Wed'); h.append('connection', 'keep-alive'); h.append('keep-alive', 'timeout=65'); return h; };
const fakeSend: Send = async (x) => ({ status: 200, statusText: 'OK', headers: mkHeaders(), body, url: x.url }) as Answer;
const token = 'eyJhbGciOiJIUzI1NiJ9.eyJkYXRhIjp7fX0.c2ln';
const fetch = createCallFetch({ send: fakeSend, timeoutMs: 30000, retry: resolveRetrySettings(undefined), auth: createAuthResolver({ server: async () => token }), logger: createLevelledLogger(silentLogger, 'warn'), requestIdHeader: 'x-request-id', generateRequestId: () => crypto.randomUUID() });
const client = createClient<paths>({ baseUrl: 'http://127.0.0.1:3000', fetch, Request: EthoraRequest as unknown as typeof Request });
client.use(callFactsMiddleware('x-request-id', () => crypto.randomUUID()));
const N = Number(process.env.MN ?? 50000);
const run = () => unwrap(client.GET('/v2/chats/users', { params: { query: { limit: 100 } } }));
const post = () => unwrap(client.POST('/v2/chats', { body: { title: 'Chat Room ws-1', uuid: 'ws-1', type: 'group' } }));
for (const [n, f] of [['get', run], ['post', post], ['get', run], ['post', post], ['get', run], ['post', post]] as const) {
  const t = process.cpuUsage(); for (let i = 0; i < N; i++) await f(); const d = process.cpuUsage(t); console.log(n, ((d.user + d.system) / N).toFixed(2), "cpu µs/call");
}
