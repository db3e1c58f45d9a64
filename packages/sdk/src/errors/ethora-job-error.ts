import { EthoraError, redactString } from '@ethora/client';

/** Thrown when a background job (a user batch, a broadcast) ends in the `failed` state. */
export class EthoraJobError extends EthoraError {
  /** Always `'EthoraJobError'`. */
  override name = 'EthoraJobError';
  /** The job's id. */
  readonly jobId: string;
  /** The job's `error` as the API gave it (its shape is not documented: a message or an object). */
  readonly jobError: unknown;

  /** Creates the error; the message quotes the job's own reason when it has a readable one. */
  constructor(jobId: string, jobError: unknown) {
    const reason = describeJobError(jobError);
    super(`Job ${jobId} failed${reason ? `: ${reason}` : ''}.`);
    this.jobId = jobId;
    this.jobError = jobError;
  }
}

/** Thrown when a background job has not finished within the time the caller allowed. */
export class EthoraJobTimeoutError extends EthoraError {
  /** Always `'EthoraJobTimeoutError'`. */
  override name = 'EthoraJobTimeoutError';
  /** The job's id. */
  readonly jobId: string;
  /** The limit that ran out, in milliseconds. */
  readonly timeoutMs: number;
  /** The state the job was last seen in (`pending`, `running`...). */
  readonly lastState: string | undefined;
  /** How many times the job's status was read. */
  readonly polls: number;

  /** Creates the error for a job still unfinished after `timeoutMs`. */
  constructor(jobId: string, timeoutMs: number, lastState: string | undefined, polls: number) {
    super(
      `Job ${jobId} did not finish within ${timeoutMs} ms (last state: ${lastState ?? 'unknown'}, ${polls} status reads).`,
    );
    this.jobId = jobId;
    this.timeoutMs = timeoutMs;
    this.lastState = lastState;
    this.polls = polls;
  }
}

function describeJobError(jobError: unknown): string | undefined {
  let text: unknown = jobError;
  if (typeof jobError === 'object' && jobError !== null) {
    const record = jobError as Record<string, unknown>;
    text = [record.message, record.error, record.reason].find((value) => typeof value === 'string');
  }
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  const flat = text.replace(/\s+/g, ' ').trim();
  return redactString(flat.length > 200 ? `${flat.slice(0, 200)}…` : flat);
}
