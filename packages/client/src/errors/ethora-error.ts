/** Base class of every error the Ethora packages throw; `instanceof EthoraError` catches them all. */
export class EthoraError extends Error {
  /** The class name: `'EthoraError'` here, each subclass sets its own, so logs show the exact kind. */
  override name = 'EthoraError';
}
