import type { BulkRow } from './bulk-setup.js';
import { type BundleSizes, TARGET_GZIP_BYTES_WITHOUT_JOSE } from './bundle-size.js';
import type { CallRow } from './call-rounds.js';
import { CASE } from './cases/case-names.js';
import type { EmulatorRateRow, EmulatorResults } from './emulator-bench.js';
import type { Footprint } from './footprint.js';
import type { SignatureRow } from './signature-count.js';
import type { TokenRow } from './token-rounds.js';

/** Everything one run measured; a section is absent when it was skipped or is still pending. */
export interface BenchResults {
  calls?: CallRow[];
  tokens?: TokenRow[];
  signatures?: SignatureRow[];
  bulk?: BulkRow[];
  footprint?: Footprint;
  bundle?: BundleSizes;
  emulator?: EmulatorResults;
}

/** One target of the performance issue, checked against what was measured. */
export interface TargetCheck {
  target: string;
  measured: string;
  verdict: 'met' | 'missed' | 'pending';
}

const x = (ratio: number): string => `${ratio.toFixed(2)}×`;
const check = (target: string, measured: string, ok: boolean): TargetCheck => ({
  target,
  measured,
  verdict: ok ? 'met' : 'missed',
});
const pending = (target: string, why: string): TargetCheck => ({ target, measured: why, verdict: 'pending' });

function callTargets(calls: CallRow[] | undefined): TargetCheck[] {
  if (!calls) return [];
  const rowsOf = (name: string) => calls.filter((r) => r.caseName === name);
  const out: TargetCheck[] = [];

  const label = '@ethora/sdk (both transports) ahead of the previous SDK on every call row';
  const ours = [...rowsOf(CASE.sdk), ...rowsOf(CASE.sdkFetch)];
  if (ours.length === 0) {
    out.push(pending(label, 'no @ethora/sdk row'));
  } else {
    const behind = ours.filter((row) => {
      const prev = rowsOf(CASE.previous).find((p) => p.operation === row.operation && p.mode === row.mode);
      return !prev || row.callsPerSecond <= prev.callsPerSecond;
    });
    const where = behind.map((r) => `${r.caseName} ${r.operation}/${r.mode}`).join(', ');
    out.push(
      check(
        label,
        behind.length === 0 ? `all ${ours.length} rows ahead` : `behind on ${where}`,
        !behind.length,
      ),
    );
  }

  const transport = (name: string, mode: CallRow['mode'], limit: number, label: string): void => {
    const rows = rowsOf(name).filter((r) => r.mode === mode);
    if (rows.length === 0) return void out.push(pending(label, 'not measured'));
    const worst = Math.max(...rows.map((r) => r.ratioToLimit));
    out.push(check(label, `worst operation ${x(worst)} raw fetch's time`, worst <= limit));
  };
  transport(
    CASE.sdk,
    'sequential',
    0.55,
    '@ethora/sdk, default (undici) transport: per call ≤ 0.55× raw fetch, sequential',
  );
  transport(
    CASE.sdk,
    'concurrent',
    0.4,
    '@ethora/sdk, default (undici) transport: per call ≤ 0.40× raw fetch at c16',
  );
  transport(
    CASE.sdkFetch,
    'sequential',
    1.25,
    '@ethora/sdk, user-supplied fetch: per call ≤ 1.25× raw fetch, sequential',
  );
  return out;
}

function tokenTargets(tokens: TokenRow[] | undefined): TargetCheck[] {
  if (!tokens) return [];
  const ours = tokens.filter((r) => r.caseName === CASE.sdkTokens);
  const label = (mode: string, factor: number) =>
    `client tokens ≥ ${factor}× the previous SDK's rate, ${mode}`;
  if (ours.length === 0) {
    return [pending(label('sequential', 10), 'not measured'), pending(label('c16', 10), 'not measured')];
  }
  const seq = ours.find((r) => r.mode === 'sequential')!;
  const conc = ours.find((r) => r.mode === 'concurrent')!;
  return [
    check(label('sequential', 10), x(seq.ratioToBaseline), seq.ratioToBaseline >= 10),
    check(label('c16', 10), x(conc.ratioToBaseline), conc.ratioToBaseline >= 10),
  ];
}

function signatureTargets(rows: SignatureRow[] | undefined): TargetCheck[] {
  if (!rows) return [];
  const ours = rows.filter((r) => r.caseName === CASE.sdk);
  const label = 'server tokens: ≤ 1 signature per 1,000 calls';
  if (ours.length === 0) return [pending(label, 'no @ethora/sdk row')];
  const worst = Math.max(...ours.map((r) => (r.signatures * 1000) / r.calls));
  return [check(label, `${worst} per 1,000 calls`, worst <= 1)];
}

function bulkTargets(rows: BulkRow[] | undefined): TargetCheck[] {
  if (!rows) return [];
  const ours = rows.find((r) => r.caseName === CASE.sdkBulk);
  const label = 'bulk: 1,000 users in ≤ 25 HTTP requests';
  if (!ours) return [pending(label, 'setupWorkspaceChat not available yet')];
  const out = [check(label, `${ours.requests} requests`, ours.requests <= 25)];
  const loop = rows.find((r) => r.caseName === CASE.previousBulk);
  if (loop) {
    const ratio = ours.wallMs / loop.wallMs;
    out.push(
      check(
        "bulk: wall time at most half the previous SDK's loop",
        `${Math.round(ours.wallMs)} ms vs ${Math.round(loop.wallMs)} ms (${x(ratio)})`,
        ratio <= 0.5,
      ),
    );
  }
  return out;
}

function footprintTargets(footprint: Footprint | undefined, bundle: BundleSizes | undefined): TargetCheck[] {
  const out: TargetCheck[] = [];
  if (bundle) {
    const gz = bundle.withoutJose.gzipped;
    out.push(
      check(
        'bundle ≤ 20 KB gzipped, jose and undici external',
        `${(gz / 1000).toFixed(1)} KB`,
        gz <= TARGET_GZIP_BYTES_WITHOUT_JOSE,
      ),
    );
  }
  if (footprint) {
    const previous = footprint.coldImports.find((c) => c.label.startsWith('previous'));
    const ours = footprint.coldImports.filter((c) => c.label.startsWith('@ethora/sdk'));
    if (previous && ours.length > 0) {
      const worst = Math.max(...ours.map((c) => c.importMs));
      out.push(
        check(
          "cold import ≤ half the previous SDK's",
          `${worst.toFixed(1)} ms vs ${previous.importMs.toFixed(1)} ms (${x(worst / previous.importMs)})`,
          worst <= previous.importMs / 2,
        ),
      );
    }
  }
  return out;
}

/** Users whose memory the emulator target is about. */
const EMULATOR_MEMORY_USERS = 100_000;

function emulatorTargets(results: EmulatorResults | undefined): TargetCheck[] {
  if (!results) return [];
  const out: TargetCheck[] = [];
  const sdkRow = (server: string) =>
    results.rates.find(
      (row) => row.server === server && row.caseName.startsWith('@ethora/sdk') && row.query === 'limit=10',
    );
  const sdk = sdkRow('emulator');
  const floor = sdkRow('bare node:http');
  const label = 'emulator: getUsers at c16 ≥ 5,000 requests/s (no proxy)';
  if (sdk) {
    const rate = (row: EmulatorRateRow) => Math.round(row.requestsPerSecond).toLocaleString('en-US');
    const capacity = Math.round(1e6 / sdk.serverCpuMicros).toLocaleString('en-US');
    const versus = floor ? `; a bare node:http server, same client: ${rate(floor)}/s` : '';
    out.push(
      check(
        label,
        `${rate(sdk)}/s (server CPU ${sdk.serverCpuMicros.toFixed(0)} µs per request, ${capacity} per CPU-second${versus})`,
        sdk.requestsPerSecond >= 5000,
      ),
    );
  } else out.push(pending(label, 'not measured'));
  const memoryLabel = 'emulator: 100,000 users in < 200 MB';
  const rows = results.memory.filter((row) => row.users === EMULATOR_MEMORY_USERS);
  if (rows.length === 0) return [...out, pending(memoryLabel, 'not measured at 100,000 users')];
  const worst = Math.max(...rows.map((row) => row.rssBytes));
  const heap = Math.max(...rows.map((row) => row.heapBytes));
  out.push(
    check(
      memoryLabel,
      `whole process ≤ ${(worst / 1e6).toFixed(0)} MB resident; heap growth ≤ ${(heap / 1e6).toFixed(0)} MB`,
      worst < 200e6,
    ),
  );
  return out;
}

/**
 * Checks the targets against the sections that ran; a target whose code is not there yet
 * comes back as pending.
 */
export function checkTargets(results: BenchResults): TargetCheck[] {
  return [
    ...callTargets(results.calls),
    ...tokenTargets(results.tokens),
    ...signatureTargets(results.signatures),
    ...bulkTargets(results.bulk),
    ...footprintTargets(results.footprint, results.bundle),
    ...emulatorTargets(results.emulator),
  ];
}
