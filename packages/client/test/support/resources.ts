/** Ref'd timers and TCP sockets alive right now (unref'd idle pool sockets do not count, as they hold nothing open). */
export function liveResources(): { timers: number; sockets: number } {
  const info = process.getActiveResourcesInfo();
  return {
    timers: info.filter((name) => name === 'Timeout').length,
    sockets: info.filter((name) => name === 'TCPSocketWrap').length,
  };
}

/** Lets pending socket `close` events run. */
export function settle(ms = 20): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Waits until no more than `sockets` TCP sockets are alive, or `timeoutMs` has passed, and returns how many are.
 * Sockets close asynchronously after their peer goes: Node 24's `fetch` takes longer over it than Node 20's, and a
 * busy machine longer still. A socket that really leaked is still open when the wait ends.
 */
export async function socketsAfterClosing(sockets: number, timeoutMs = 2_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await settle();
    const alive = liveResources().sockets;
    if (alive <= sockets || Date.now() >= deadline) return alive;
  }
}

/** Collects unhandled rejections while a suite runs. */
export function trackUnhandledRejections(): { readonly reasons: unknown[]; stop(): void } {
  const reasons: unknown[] = [];
  const listener = (reason: unknown) => reasons.push(reason);
  process.on('unhandledRejection', listener);
  return { reasons, stop: () => process.off('unhandledRejection', listener) };
}
