import { objectId } from './store/ids.js';
import type { AppRecord, JobRecord } from './store/model.js';
import type { EmulatorStore } from './store/store.js';

/** The work of a job: returns its per-item results. */
export type JobWork = () => Promise<Record<string, unknown>[]> | Record<string, unknown>[];

/**
 * Runs background jobs the way the platform's queue appears to clients: a job is `pending` when its receipt is
 * returned, `running` after `delayMs`, then `completed` with its results (or `failed`) once its work and every
 * mirror are done.
 */
export class JobRunner {
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly store: EmulatorStore,
    private readonly delayMs: number,
  ) {}

  /** Records a pending job of `app` and schedules `work`. */
  start(app: AppRecord, kind: JobRecord['kind'], request: Record<string, unknown>, work: JobWork): JobRecord {
    const now = Date.now();
    const job: JobRecord = {
      jobId: objectId(now),
      kind,
      state: 'pending',
      request,
      results: undefined,
      error: undefined,
      createdAt: now,
      updatedAt: now,
    };
    this.store.addJob(app, job);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.run(app, job, work);
    }, this.delayMs);
    timer.unref();
    this.timers.add(timer);
    return job;
  }

  private async run(app: AppRecord, job: JobRecord, work: JobWork): Promise<void> {
    // A reset or import since the job was queued replaced its app: the job is gone with it.
    if (this.store.app(app._id) !== app) return;
    this.store.updateJob(job, { state: 'running' });
    try {
      const results = await work();
      await this.store.feed.settled();
      this.store.updateJob(job, { state: 'completed', results });
    } catch (error) {
      this.store.updateJob(job, {
        state: 'failed',
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  /** Cancels every job that has not started. */
  cancelAll(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
