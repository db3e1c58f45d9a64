import type { BulkProgress } from '@ethora/sdk';
import cliProgress from 'cli-progress';
import type { Output } from '../output/terminal.js';

/** Shows how far each phase of a bulk run is. */
export interface PhaseProgress {
  /** Takes the SDK's `onProgress` reports. */
  update(progress: BulkProgress): void;
  /** Draws the final state and releases the terminal. */
  stop(): void;
}

const LABELS: Readonly<Record<BulkProgress['phase'], string>> = {
  room: 'room',
  users: 'users',
  access: 'access',
  bot: 'bot',
};

const NO_PROGRESS: PhaseProgress = { update() {}, stop() {} };

/**
 * One progress bar per phase on stderr, only when stderr is a terminal (and not turned off with
 * `--no-progress`); otherwise nothing is drawn, so piped output and logs stay clean.
 */
export function createPhaseProgress(out: Output, enabled: boolean): PhaseProgress {
  if (!enabled || !out.stderrIsTTY) return NO_PROGRESS;
  const { errColors: colors } = out;
  const multibar = new cliProgress.MultiBar(
    {
      stream: out.stderr,
      format: `{phase} ${colors.cyan('{bar}')} {value}/{total} {percentage}% {duration_formatted}`,
      barCompleteChar: '█',
      barIncompleteChar: '░',
      barsize: 30,
      hideCursor: true,
      clearOnComplete: false,
      stopOnComplete: false,
      autopadding: true,
      fps: 12,
    },
    cliProgress.Presets.shades_classic,
  );
  const bars = new Map<BulkProgress['phase'], cliProgress.SingleBar>();
  return {
    update({ phase, done, total }) {
      let bar = bars.get(phase);
      if (bar === undefined) {
        bar = multibar.create(Math.max(total, 1), 0, { phase: LABELS[phase].padEnd(6) });
        bars.set(phase, bar);
      }
      bar.setTotal(Math.max(total, 1));
      bar.update(total === 0 ? 1 : done);
    },
    stop() {
      multibar.stop();
    },
  };
}
