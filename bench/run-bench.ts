import { readFile, writeFile } from 'node:fs/promises';
import { cpus, platform, release } from 'node:os';
import { performance } from 'node:perf_hooks';
import { DEFAULT_SIZES, QUICK_SIZES, type RunSizes } from './bench-config.js';
import { measureBundle } from './bundle-size.js';
import { measureEmulator } from './emulator-bench.js';
import { measureFootprint } from './footprint.js';
import { machineLoad } from './measure.js';
import { mergeEmulatorSection } from './merge-results.js';
import { messagingBlock } from './messaging/results-block.js';
import { renderReport } from './report.js';
import { measureAgainstStub, type StubSection } from './stub-sections.js';
import { startStubServer } from './stub-server.js';
import { type BenchResults, checkTargets } from './targets.js';

const SECTIONS = ['calls', 'tokens', 'signatures', 'bulk', 'bundle', 'footprint', 'emulator'] as const;
type Section = (typeof SECTIONS)[number];

function parseArgs(argv: string[]): { sizes: RunSizes; only: Set<Section>; write: boolean } {
  const quick = argv.includes('--quick');
  const onlyArg = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const only = new Set((onlyArg ? onlyArg.split(',') : SECTIONS) as Section[]);
  for (const s of only)
    if (!SECTIONS.includes(s)) throw new Error(`--only: unknown section ${s} (${SECTIONS})`);
  // A partial or quick run never overwrites the committed full results unless asked to.
  const write = argv.includes('--write') || (!quick && !onlyArg);
  return { sizes: quick ? QUICK_SIZES : DEFAULT_SIZES, only, write };
}

const progress = (line: string): void => void process.stderr.write(`[bench] ${line}\n`);

/** The previous SDK's `console.info` lines: still formatted by it, never written to the terminal. */
function muteInfoLogs(): void {
  console.info = () => {};
  console.debug = () => {};
}

async function main(): Promise<void> {
  const started = performance.now();
  const { sizes, only, write } = parseArgs(process.argv.slice(2));
  const loadBefore = machineLoad().load1;
  const notes: string[] = [];
  let results: BenchResults = {};
  const stubSections = new Set(
    [...only].filter((s): s is StubSection => s !== 'bundle' && s !== 'footprint' && s !== 'emulator'),
  );
  if (stubSections.size > 0) {
    const stub = await startStubServer();
    try {
      progress(`stub server at ${stub.url}`);
      muteInfoLogs();
      results = await measureAgainstStub(stub, stubSections, sizes, progress);
    } finally {
      await stub.stop();
    }
  }

  if (only.has('bundle')) results.bundle = await measureBundle();
  if (only.has('footprint')) results.footprint = await measureFootprint(sizes.coldImportRuns, progress);
  if (only.has('emulator')) results.emulator = await measureEmulator(sizes, progress);

  const { load1, cores } = machineLoad();
  if (Math.max(loadBefore, load1) > cores) {
    notes.push(
      `The machine was busy (load average above its ${cores} cores): absolute rates are low and noisy; ` +
        'the ratios, measured within the same rounds, are the figures to read.',
    );
  }
  const targets = checkTargets(results);
  const report = renderReport(results, targets, {
    date: new Date(),
    node: process.versions.node,
    platform: `${platform()} ${release()}`,
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores,
    loadBefore,
    loadAfter: load1,
    sizes,
    elapsedSeconds: (performance.now() - started) / 1000,
    notes,
  });
  process.stdout.write(`\n${report}`);
  if (write) {
    const file = new URL('./RESULTS.md', import.meta.url);
    const previous = await readFile(file, 'utf8').catch(() => '');
    // The messaging section comes from messaging-bench.ts: set aside here, kept at the end.
    const kept = messagingBlock(previous);
    const rest = kept ? `${previous.replace(kept, '').trimEnd()}\n` : previous;
    // The emulator section measured alone goes into the existing results; any other run replaces them.
    const emulatorOnly = only.size === 1 && only.has('emulator');
    const when =
      `Measured on its own on ${new Date().toISOString()} (load average ${loadBefore.toFixed(2)} before, ` +
      `${load1.toFixed(2)} after, on ${cores} cores).`;
    const text = emulatorOnly ? mergeEmulatorSection(rest, report, targets, when) : report;
    await writeFile(file, kept ? `${text.trimEnd()}\n\n${kept}\n` : text);
    progress('wrote bench/RESULTS.md');
  }
}

await main();
