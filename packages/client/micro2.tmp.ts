import createClient from 'openapi-fetch';
import type { paths } from './src/generated/schema.js';
const text = JSON.stringify({ items: Array.from({ length: 10 }, (_, i) => ({ xmppUsername: `u${i}`, firstName: 'A', lastName: 'B' })), total: 10 });
class LightRequest { url: string; method: string; headers: any; body: any; constructor(url: string, init: any) { this.url = url; this.method = init.method; this.headers = init.headers; this.body = init.body; } }
class LightResponse { status: number; ok: boolean; headers: Headers; _t: string; constructor(status: number, text: string) { this.status = status; this.ok = status < 300; const h = new Headers(); h.append('content-type', 'application/json; charset=utf-8'); h.append('content-length', String(text.length)); h.append('date', 'Wed'); h.append('connection', 'keep-alive'); h.append('keep-alive', 'timeout=65'); this.headers = h; this._t = text; } async json() { return JSON.parse(this._t); } async text() { return this._t; } }
const client = createClient<paths>({ baseUrl: 'http://127.0.0.1:3000', Request: LightRequest as any, fetch: (async (req: any) => { const h: any = {}; req.headers.forEach((v: string, k: string) => { h[k] = v; }); return new LightResponse(200, text); }) as any });
const N = 50000;
const run = async () => (await client.GET('/v2/chats/users', { params: { query: { limit: 100 } } })).data;
const post = async () => (await client.POST('/v2/chats', { body: { title: 'Chat Room ws-1', uuid: 'ws-1', type: 'group' } })).data;
for (const [n, f] of [['get', run], ['post', post], ['get', run], ['post', post], ['get', run], ['post', post]] as const) {
  const t = process.cpuUsage(); for (let i = 0; i < N; i++) await f(); const d = process.cpuUsage(t); console.log(n, ((d.user + d.system) / N).toFixed(2), 'cpu µs/call');
}
