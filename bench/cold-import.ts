import { execFile } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { median } from './measure.js';

const run = promisify(execFile);

/** How a package is loaded in a fresh `node` process. */
export interface ImportProbe {
  label: string;
  /** Project whose `node_modules` holds the package. */
  cwd: string;
  specifier: string;
  style: 'import' | 'require';
}

/** Medians over fresh processes: the load itself (timed inside the process) and the whole process. */
export interface ColdImport {
  label: string;
  /** Median milliseconds of `await import()` / `require()` alone. */
  importMs: number;
  /** Median wall milliseconds of the whole `node -e` process, startup included. */
  processMs: number;
  runs: number;
}

function script(probe: ImportProbe): string[] {
  const name = JSON.stringify(probe.specifier);
  if (probe.style === 'import') {
    return [
      '--input-type=module',
      '-e',
      `const t=performance.now();const m=await import(${name});const d=performance.now()-t;` +
        `if(!Object.keys(m).length)throw new Error('empty module');process.stdout.write(String(d));`,
    ];
  }
  return [
    '-e',
    `const t=performance.now();const m=require(${name});const d=performance.now()-t;` +
      `if(!Object.keys(m).length)throw new Error('empty module');process.stdout.write(String(d));`,
  ];
}

/**
 * Loads each package in `runs` fresh `node` processes, the probes taking turns so that drift of the
 * machine hits them alike, and reports medians.
 */
export async function measureColdImports(
  probes: readonly ImportProbe[],
  runs: number,
): Promise<ColdImport[]> {
  const samples = probes.map(() => ({ importMs: [] as number[], processMs: [] as number[] }));
  for (let r = 0; r < runs; r++) {
    for (const [i, probe] of probes.entries()) {
      const start = performance.now();
      const { stdout } = await run(process.execPath, script(probe), {
        cwd: probe.cwd,
        env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production' },
      });
      samples[i]!.processMs.push(performance.now() - start);
      samples[i]!.importMs.push(Number(stdout));
    }
  }
  return probes.map((probe, i) => ({
    label: probe.label,
    importMs: median(samples[i]!.importMs),
    processMs: median(samples[i]!.processMs),
    runs,
  }));
}
