const OWN_SOURCE = '/packages/client/src/';

/**
 * Runs `scenario` while watching the timers that the client's own source code creates, and returns
 * how many of them were still pending (neither fired nor cleared) when it settled. Timers of the
 * test runner, the fault server or the platform are ignored, so the count is exact.
 */
export async function pendingClientTimers<T>(
  scenario: () => Promise<T>,
): Promise<{ result: T; pending: number }> {
  const pending = new Set<ReturnType<typeof setTimeout>>();
  const realSet = globalThis.setTimeout;
  const realClear = globalThis.clearTimeout;
  const patchedSet = ((callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const own = new Error().stack?.includes(OWN_SOURCE) ?? false;
    const handle = realSet(() => {
      pending.delete(handle);
      callback(...args);
    }, ms);
    if (own) pending.add(handle);
    return handle;
  }) as typeof setTimeout;
  const patchedClear = ((handle?: ReturnType<typeof setTimeout>) => {
    if (handle !== undefined) pending.delete(handle);
    realClear(handle);
  }) as typeof clearTimeout;
  globalThis.setTimeout = patchedSet;
  globalThis.clearTimeout = patchedClear;
  try {
    const result = await scenario();
    return { result, pending: pending.size };
  } finally {
    globalThis.setTimeout = realSet;
    globalThis.clearTimeout = realClear;
  }
}
