import { Session } from 'node:inspector/promises';
const s = new Session(); s.connect(); await s.post('Profiler.enable');
process.env.N = '1';
await s.post('Profiler.start');
await import('./micro.tmp.ts');
const { profile } = await s.post('Profiler.stop') as any;
const self = new Map<string, number>(); const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const dt = profile.timeDeltas; const samples = profile.samples;
for (let i = 0; i < samples.length; i++) { const n: any = byId.get(samples[i]); const cf = n.callFrame; const key = `${cf.functionName || '(anon)'} ${cf.url.replace(/.*node_modules\/\.pnpm\/([^/]+).*/, '$1').replace(/.*\/packages\//, '').replace('file://', '')}:${cf.lineNumber}`; self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0)); }
const total = [...self.values()].reduce((a, b) => a + b, 0);
for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((100 * v / total).toFixed(1).padStart(5), k);
