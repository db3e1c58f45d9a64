/**
 * Messaging benchmarks against a throwaway local ejabberd: messages per second with acknowledgements on one
 * connection (awaited one by one, and 100 in flight), and the time to page through 1,000 archived messages,
 * each next to bare `@xmpp/client` measured in the same rounds. Writes its section of RESULTS.md.
 *
 *   npx -y pnpm@10.34.9 --filter @ethora/bench bench:messaging [--quick]
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { type EjabberdServer, findEjabberdctl, startEjabberd } from '@ethora/testkit/ejabberd';
import { machineLoad, median, rotate, timeConcurrent, timeSequential } from './measure.js';
import { writeMessagingBlock } from './messaging/results-block.js';
import { bareCase, type CaseAccount, messengerCase, receive, type XmppCase } from './messaging/xmpp-cases.js';

const quick = process.argv.includes('--quick');
const SIZES = quick
  ? { rounds: 2, sequential: 50, pipelined: 500, window: 100, warmup: 100 }
  : { rounds: 5, sequential: 200, pipelined: 1_000, window: 100, warmup: 300 };
const PAGE_TOTAL = 1_000;
const TARGET_RATE = 300;
const TARGET_PAGING_MS = 2_000;
const progress = (line: string): void => void process.stderr.write(`[bench:messaging] ${line}\n`);
const int = (n: number): string => Math.round(n).toLocaleString('en-US');

interface Cell {
  sequential: number[];
  pipelined: number[];
  paging250: number[];
  paging100: number[];
}

async function account(server: EjabberdServer, name: string, room: string): Promise<CaseAccount> {
  const password = randomBytes(12).toString('hex');
  await server.admin.register(name, password);
  await server.admin.setAffiliation(room, name, 'member');
  return { server, username: name, password, room };
}

async function main(): Promise<void> {
  if (!findEjabberdctl()) {
    progress(
      'ejabberd is not installed: sudo apt-get install ejabberd erlang-p1-sqlite3 (bash .ci/run does it)',
    );
    return;
  }
  const started = performance.now();
  const loadBefore = machineLoad().load1;
  const server = await startEjabberd();
  progress(`ejabberd at ${server.c2sUrl}, room archives in ${server.archive}`);
  const cases: XmppCase[] = [];
  try {
    for (const room of ['bench-ours', 'bench-bare']) await server.admin.createRoom(room);
    const ours = await messengerCase(await account(server, 'bench-ours', 'bench-ours'));
    const bare = await bareCase(await account(server, 'bench-bare', 'bench-bare'));
    // A reader in each room, in this process too, so that both cases share the CPU with one alike.
    const reader = await messengerCase(await account(server, 'bench-reader', 'bench-ours'));
    const bareReader = await messengerCase(await account(server, 'bench-bare-reader', 'bench-bare'));
    cases.push(ours, bare, reader, bareReader);
    const cells = new Map<XmppCase, Cell>(
      [ours, bare].map((c) => [c, { sequential: [], pipelined: [], paging250: [], paging100: [] }]),
    );
    const delivered: number[] = [];
    let next = 0;
    for (const c of [ours, bare]) await timeConcurrent((i) => c.send(i), SIZES.warmup, next, SIZES.window);
    next += SIZES.warmup;

    for (let round = 0; round < SIZES.rounds; round++) {
      progress(`round ${round + 1} of ${SIZES.rounds}`);
      for (const c of rotate([ours, bare], round)) {
        const cell = cells.get(c)!;
        cell.sequential.push(await timeSequential((i) => c.send(i), SIZES.sequential, next));
        const arrived = c === ours ? receive(reader.messenger, SIZES.pipelined) : undefined;
        const start = performance.now();
        cell.pipelined.push(await timeConcurrent((i) => c.send(i), SIZES.pipelined, next, SIZES.window));
        if (arrived) {
          await arrived;
          delivered.push(performance.now() - start);
        }
        next += SIZES.pipelined;
      }
    }
    for (let round = 0; round < SIZES.rounds; round++) {
      for (const c of rotate([ours, bare], round)) {
        const cell = cells.get(c)!;
        for (const [pageSize, into] of [
          [250, cell.paging250],
          [100, cell.paging100],
        ] as const) {
          const start = performance.now();
          const read = await c.page(pageSize, PAGE_TOTAL);
          into.push(performance.now() - start);
          if (read < PAGE_TOTAL) throw new Error(`${c.name} read ${read} of ${PAGE_TOTAL} archived messages`);
        }
      }
    }
    const report = render(cells, ours, bare, delivered, {
      archive: server.archive,
      loadBefore,
      seconds: (performance.now() - started) / 1000,
    });
    process.stdout.write(`\n${report}\n`);
    if (!quick) {
      await writeMessagingBlock(report);
      progress('wrote the messaging section of bench/RESULTS.md');
    }
  } finally {
    for (const c of cases) await c.close().catch(() => undefined);
    await server.stop();
  }
}

function render(
  cells: Map<XmppCase, Cell>,
  ours: XmppCase,
  bare: XmppCase,
  delivered: number[],
  run: { archive: string; loadBefore: number; seconds: number },
): string {
  const rate = (count: number, ms: number) => (count * 1000) / ms;
  const o = cells.get(ours)!;
  const b = cells.get(bare)!;
  const ratio = (mine: number[], theirs: number[]) => median(mine.map((ms, i) => ms / theirs[i]!)).toFixed(2);
  const pipelinedRate = rate(SIZES.pipelined, median(o.pipelined));
  const paging = median(o.paging250);
  const { load1, cores } = machineLoad();
  const rows = [
    [
      'messages/s, each send awaited',
      int(rate(SIZES.sequential, median(o.sequential))),
      int(rate(SIZES.sequential, median(b.sequential))),
      `${ratio(o.sequential, b.sequential)}×`,
    ],
    [
      `messages/s, ${SIZES.window} in flight`,
      int(pipelinedRate),
      int(rate(SIZES.pipelined, median(b.pipelined))),
      `${ratio(o.pipelined, b.pipelined)}×`,
    ],
    [
      `page through ${int(PAGE_TOTAL)} archived messages, 250 per page`,
      `${int(paging)} ms`,
      `${int(median(b.paging250))} ms`,
      `${ratio(o.paging250, b.paging250)}×`,
    ],
    [
      `page through ${int(PAGE_TOTAL)} archived messages, 100 per page`,
      `${int(median(o.paging100))} ms`,
      `${int(median(b.paging100))} ms`,
      `${ratio(o.paging100, b.paging100)}×`,
    ],
  ];
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    '## Messaging (XMPP, local ejabberd)',
    '',
    `Run on ${new Date().toISOString()} with Node ${process.versions.node}, ejabberd 23.01 on loopback (room archives in ` +
      `${run.archive}), ${cores} cores shared with the server; load average ${run.loadBefore.toFixed(2)} before and ` +
      `${load1.toFixed(2)} after; ${Math.round(run.seconds)} s in all. ${SIZES.rounds} rounds, cases interleaved, medians. ` +
      `A send counts when the server acknowledged it (stream management). The baseline is bare \`@xmpp/client\` 0.14 ` +
      'tuned alike (acknowledgement requested after each burst, no Nagle delay); "time vs baseline" is the median ' +
      'over rounds of our time divided by its time in the same round.',
    '',
    '| target | measured | verdict |',
    '| --- | --- | --- |',
    line([
      `≥ ${TARGET_RATE} messages/s with acknowledgements, one connection`,
      `${int(pipelinedRate)}/s (${SIZES.window} in flight)`,
      pipelinedRate >= TARGET_RATE ? 'met' : '**missed**',
    ]),
    line([
      `page through ${int(PAGE_TOTAL)} archived messages in ≤ ${TARGET_PAGING_MS / 1000} s`,
      `${int(paging)} ms`,
      paging <= TARGET_PAGING_MS ? 'met' : '**missed**',
    ]),
    '',
    '| measure | @ethora/messaging | bare @xmpp/client | time vs baseline |',
    '| --- | --- | --- | --- |',
    ...rows.map(line),
    '',
    `A reader in the room received the ${int(SIZES.pipelined)} messages of a pipelined cell ` +
      `${int(median(delivered))} ms (median) after the first was sent: ` +
      `${int(rate(SIZES.pipelined, median(delivered)))} messages/s through the room and its archive.`,
  ].join('\n');
}

await main();
