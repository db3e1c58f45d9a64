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

/** Collects unhandled rejections while a suite runs. */
export function trackUnhandledRejections(): { readonly reasons: unknown[]; stop(): void } {
  const reasons: unknown[] = [];
  const listener = (reason: unknown) => reasons.push(reason);
  process.on('unhandledRejection', listener);
  return { reasons, stop: () => process.off('unhandledRejection', listener) };
}
