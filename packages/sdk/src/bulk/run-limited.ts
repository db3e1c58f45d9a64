/**
 * Runs `worker` over `items` with at most `concurrency` calls in flight, in order of the items.
 * After the first failure no further item starts; the call waits for those in flight and then
 * rejects with that first error, so no work is left running behind the caller's back.
 */
export async function runLimited<T>(
  items: readonly T[],
  concurrency: number,
  worker: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const index = next++;
      try {
        await worker(items[index] as T, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, lane);
  await Promise.all(lanes);
  if (failure) throw failure.error;
}
