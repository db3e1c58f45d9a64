import { ethoraSdkCase } from './cases/ethora-sdk.js';
import { ethoraClientCase } from './cases/ethora-client.js';
import { startStubServer } from './stub-server.js';
const stub = await startStubServer();
const N = Number(process.env.N ?? 3000);
const c: any = process.env.CASE === 'client' ? ethoraClientCase(stub.url, 'default') : ethoraSdkCase(stub.url, 'default');
const op = (process.env.OP ?? 'createChatRoom');
async function time(conc: number) { const t = performance.now(); let i = 0; await Promise.all(Array.from({ length: conc }, async () => { while (i < N) await c.call[op](i++); })); return performance.now() - t; }
await time(16);
const { Session } = await import('node:inspector/promises');
const s = new Session(); s.connect(); await s.post('Profiler.enable'); await s.post('Profiler.start');
const ms = await time(Number(process.env.C ?? 16));
const { profile } = await s.post('Profiler.stop') as any;
console.log('ms', ms.toFixed(0));
// self time by function
const self = new Map<string, number>(); const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const dt = profile.timeDeltas; const samples = profile.samples;
for (let i = 0; i < samples.length; i++) { const n: any = byId.get(samples[i]); const cf = n.callFrame; const key = `${cf.functionName || '(anon)'} ${cf.url.replace(/.*node_modules\/\.pnpm\/([^/]+).*/, '$1').replace(/.*\/packages\//, '').replace('file://', '')}:${cf.lineNumber}`; self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0)); }
const total = [...self.values()].reduce((a, b) => a + b, 0);
const byFile = new Map<string, number>();
for (const [k, v] of self) { const f = k.split(' ').slice(1).join(' ').replace(/:\d+$/, ''); byFile.set(f, (byFile.get(f) ?? 0) + v); }
for (const [k, v] of [...byFile.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log((100 * v / total).toFixed(1).padStart(5), k);
if (process.env.TOP) for (const [k, v] of [...self.entries()].filter(([k]) => k.includes(process.env.TOP!)).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log('   ', (100 * v / total).toFixed(1).padStart(5), k);
await stub.stop();
