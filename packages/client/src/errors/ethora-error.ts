/** Base class of every error the Ethora packages throw; `instanceof EthoraError` catches them all. */
export class EthoraError extends Error {
  override name = 'EthoraError';
}
