import { createEthoraClient, unwrap } from '@ethora/client';
import { APP_ID } from './bench-config.js';
import { ethoraSdkCase } from './cases/ethora-sdk.js';
import { ethoraClientCase } from './cases/ethora-client.js';
import { rawFetchCase } from './cases/raw-fetch.js';
import { startStubServer } from './stub-server.js';
const stub = await startStubServer();
const N = Number(process.env.N ?? 3000);
const which = process.env.CASE ?? 'sdk';
const cases = { sdk: ethoraSdkCase(stub.url, 'default'), client: ethoraClientCase(stub.url, 'default'), raw: rawFetchCase(stub.url), sdkFetch: ethoraSdkCase(stub.url, 'fetch') };
const op = (process.env.OP ?? 'createChatRoom') as 'createChatRoom';
async function time(c: any, conc: number) { const t = performance.now(); let i = 0; await Promise.all(Array.from({ length: conc }, async () => { while (i < N) await c.call[op](i++); })); return performance.now() - t; }
for (const k of Object.keys(cases)) await time((cases as any)[k], 1);
const res: Record<string, number[]> = {};
for (let r = 0; r < Number(process.env.R ?? 3); r++) for (const conc of [1, 16]) {
  const t: Record<string, number> = {};
  for (const k of Object.keys(cases)) t[k] = await time((cases as any)[k], conc);
  for (const k of Object.keys(cases)) (res[`${k}@${conc}`] ??= []).push(t[k]! / t.raw!);
}
const med = (a: number[]) => a.sort((x, y) => x - y)[a.length >> 1]!;
for (const k of Object.keys(res)) console.log(k.padEnd(14), med(res[k]!).toFixed(3));
await stub.stop();
