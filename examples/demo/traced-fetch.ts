/** One HTTP exchange seen by {@link tracedFetch}: no headers and no bodies, so nothing secret. */
export interface TracedExchange {
  readonly method: string;
  readonly path: string;
  readonly status: number | 'failed';
  readonly ms: number;
}

/** A `fetch` that notes each exchange's method, path, status and duration, for the transcript. */
export interface TracedFetch {
  (input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /** Returns the exchanges since the last call and forgets them. */
  drain(): TracedExchange[];
}

/** Wraps `base` (default: the global `fetch`) so the demo can show which request each step sent. */
export function tracedFetch(base: typeof fetch = fetch): TracedFetch {
  let pending: TracedExchange[] = [];
  const traced = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const started = performance.now();
    const note = (status: number | 'failed') =>
      pending.push({
        method: request.method,
        path: url.pathname,
        status,
        ms: Math.round(performance.now() - started),
      });
    try {
      const response = await base(request);
      note(response.status);
      return response;
    } catch (error) {
      note('failed');
      throw error;
    }
  }) as TracedFetch;
  traced.drain = () => {
    const drained = pending;
    pending = [];
    return drained;
  };
  return traced;
}
