import type { RunSizes } from './bench-config.js';
import { CONCURRENCY } from './bench-config.js';
import type { CallRow } from './call-rounds.js';
import { CASE } from './cases/case-names.js';
import type { EmulatorResults } from './emulator-bench.js';
import type { BenchResults, TargetCheck } from './targets.js';

/** Facts about the run printed above the tables. */
export interface RunMeta {
  date: Date;
  node: string;
  platform: string;
  cpu: string;
  cores: number;
  loadBefore: number;
  loadAfter: number;
  sizes: RunSizes;
  elapsedSeconds: number;
  /** Lines about what was skipped or is pending. */
  notes: string[];
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const x = (n: number): string => `${n.toFixed(2)}×`;
const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;
const mb = (bytes: number): string => `${(bytes / 1_000_000).toFixed(2)} MB`;

function largest(byPackage: Record<string, number>): string {
  return Object.entries(byPackage)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([name, bytes]) => `${name} ${kb(bytes)}`)
    .join(', ');
}

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function callsTable(calls: CallRow[]): string {
  const byKey = new Map(calls.map((r) => [`${r.caseName}|${r.operation}|${r.mode}`, r]));
  const cases = [...new Set(calls.map((r) => r.caseName))];
  const operations = [...new Set(calls.map((r) => r.operation))];
  const rows: string[][] = [];
  for (const operation of operations) {
    for (const name of cases) {
      const seq = byKey.get(`${name}|${operation}|sequential`)!;
      const conc = byKey.get(`${name}|${operation}|concurrent`)!;
      rows.push([
        operation,
        name,
        int(seq.callsPerSecond),
        x(seq.ratioToLimit),
        int(conc.callsPerSecond),
        x(conc.ratioToLimit),
      ]);
    }
  }
  return table(
    [
      'operation',
      'case',
      'calls/s sequential',
      'time vs raw fetch',
      `calls/s at c${CONCURRENCY}`,
      'time vs raw fetch',
    ],
    rows,
  );
}

function sections(results: BenchResults): string[] {
  const out: string[] = [];
  if (results.calls) {
    out.push(
      `## API calls\n\nMedian calls per second; "time vs raw fetch" is the median over rounds of the case's time ` +
        `divided by raw fetch's time for the same calls in the same round (lower is better, 1.00× is the limit).\n\n` +
        callsTable(results.calls),
    );
  }
  if (results.tokens) {
    const modes = ['sequential', 'concurrent'] as const;
    const names = [...new Set(results.tokens.map((r) => r.caseName))];
    const rows = names.map((name) => {
      const [seq, conc] = modes.map((m) => results.tokens!.find((r) => r.caseName === name && r.mode === m)!);
      return [
        name,
        int(seq!.tokensPerSecond),
        x(seq!.ratioToBaseline),
        int(conc!.tokensPerSecond),
        x(conc!.ratioToBaseline),
      ];
    });
    out.push(
      `## Client token minting\n\nMedian tokens per second; ratios are rates divided by the previous SDK's in the same round.\n\n` +
        table(
          ['case', 'tokens/s sequential', 'vs previous', `tokens/s at c${CONCURRENCY}`, 'vs previous'],
          rows,
        ),
    );
  }
  if (results.signatures) {
    const rows = results.signatures.map((r) => [
      r.caseName,
      int((r.signatures * 1000) / r.calls),
      r.countedAt,
      int((r.distinctTokens * 1000) / r.calls),
    ]);
    out.push(
      `## Server-token signatures\n\nA fresh instance makes ${int(results.signatures[0]!.calls)} calls; signatures are ` +
        `counted where the signing library is called. The server's distinct-token count undercounts re-signing ` +
        `SDKs: tokens signed within the same second (same \`iat\`) are byte-identical.\n\n` +
        table(
          [
            'case',
            'signatures per 1,000 calls',
            'counted at',
            'distinct tokens at the server per 1,000 calls',
          ],
          rows,
        ),
    );
  }
  if (results.bulk) {
    const rows = results.bulk.map((r) => [
      r.caseName,
      int(r.users),
      int(r.requests),
      `${int(r.wallMs)} ms`,
      Object.entries(r.byRoute)
        .map(([route, n]) => `${route} ×${n}`)
        .join('; '),
    ]);
    out.push(
      `## Bulk: a workspace of users\n\n` +
        table(['case', 'users', 'HTTP requests', 'wall time', 'requests by route'], rows),
    );
  }
  if (results.footprint) {
    const { ours, previous, coldImports } = results.footprint;
    out.push(
      `## Footprint\n\nEach installed from its tarball or the registry into an empty project with \`npm install\`.\n\n` +
        table(
          [
            'install',
            'packages in node_modules',
            'of which dependencies',
            'installed size',
            'largest packages',
          ],
          [ours, previous].map((f) => [
            f.label,
            int(f.packages),
            int(f.dependencies),
            mb(f.bytes),
            largest(f.byPackage),
          ]),
        ) +
        `\n\nCold load: medians of ${coldImports[0]?.runs ?? 0} fresh \`node\` processes, taking turns.\n\n` +
        table(
          ['load', 'import/require alone', 'whole process'],
          coldImports.map((c) => [c.label, `${c.importMs.toFixed(1)} ms`, `${c.processMs.toFixed(0)} ms`]),
        ),
    );
  }
  if (results.emulator) out.push(emulatorSection(results.emulator));
  if (results.bundle) {
    const { withoutJose, withJose, repositoryOnly } = results.bundle;
    const rows = [withoutJose, withJose, repositoryOnly].map((b) => [b.label, kb(b.minified), kb(b.gzipped)]);
    out.push(
      `## Bundle\n\nesbuild, \`platform: 'node'\`, ESM, minified, gzip level 9 (1 KB = 1,000 bytes).\n\n` +
        table(['bundle', 'minified', 'gzipped'], rows),
    );
  }
  return out;
}

function emulatorSection({ rates, memory }: EmulatorResults): string {
  return (
    `## Emulator\n\n\`@ethora/emulator\` in a child process (no proxy in front), its app holding 1,000 users; ` +
    `clients in this process at concurrency ${CONCURRENCY}. For scale, the same clients against a bare ` +
    `\`node:http\` server in another child process that sends the same body without doing anything (the floor ` +
    `of any server here). Medians over interleaved rounds; "server CPU" is the server process's user and system ` +
    `time per request, much less sensitive to other load on the machine than the rates.\n\n` +
    table(
      ['server', 'client', 'query', 'requests/s', 'server CPU per request', 'requests per server CPU-second'],
      rates.map((row) => [
        row.server,
        row.caseName,
        row.query,
        int(row.requestsPerSecond),
        `${row.serverCpuMicros.toFixed(0)} µs`,
        int(1e6 / row.serverCpuMicros),
      ]),
    ) +
    `\n\nMemory of the emulator process after garbage collection (plain \`node\`, no TypeScript loader).\n\n` +
    table(
      ['users', 'how', 'heap growth', 'resident (whole process)', 'time to load'],
      memory.map((row) => [
        int(row.users),
        row.how,
        mb(row.heapBytes),
        mb(row.rssBytes),
        `${row.seconds.toFixed(1)} s`,
      ]),
    )
  );
}

/** Renders a run as markdown: how it was run, the targets, and one table per measurement. */
export function renderReport(results: BenchResults, targets: TargetCheck[], meta: RunMeta): string {
  const verdict = { met: 'met', missed: '**missed**', pending: 'pending' } as const;
  const head = [
    '# Benchmark results',
    '',
    `Run on ${meta.date.toISOString()} with Node ${meta.node} (${meta.platform}, ${meta.cpu}, ${meta.cores} cores); ` +
      `load average ${meta.loadBefore.toFixed(2)} before and ${meta.loadAfter.toFixed(2)} after; ` +
      `${meta.elapsedSeconds.toFixed(0)} s in all.`,
    '',
    `Cases run interleaved in one process: ${meta.sizes.rounds} measured rounds after a warmup, ` +
      `${int(meta.sizes.callsPerCell)} calls per case and cell, medians reported. The stub server runs in a child ` +
      `process on loopback with keep-alive, verifies every server token, and answers like the API. ` +
      `"${CASE.limit}" sends a prebuilt header. The previous SDK runs with \`NODE_ENV=production\`; ` +
      `its per-call \`console.info\` lines are muted (still formatted) so the terminal does not slow it down.`,
    ...meta.notes.map((n) => `\n> ${n}`),
    '',
    '## Targets',
    '',
    table(
      ['target', 'measured', 'verdict'],
      targets.map((t) => [t.target, t.measured, verdict[t.verdict]]),
    ),
  ];
  return `${[...head, '', ...sections(results).flatMap((s) => [s, ''])].join('\n').trimEnd()}\n`;
}
