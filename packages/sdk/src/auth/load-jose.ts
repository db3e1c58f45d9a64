/** The jose functions the token helpers use. */
export type Jose = typeof import('./jose-functions.js');

let loading: Promise<Jose> | undefined;

/**
 * Loads jose on the first signature or verification and caches it, so that importing the SDK does
 * not pay for parsing it (about half of the package's cold import time). A failed load is retried
 * on the next call rather than cached.
 */
export function loadJose(): Promise<Jose> {
  if (loading === undefined) {
    loading = import('./jose-functions.js');
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}
