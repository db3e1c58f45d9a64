import type { EthoraApiErrorInit } from '../errors/api-errors.js';

// The error facts of each non-2xx Response the client handed to openapi-fetch. `unwrap` builds the
// error from them at its own call site, so the stack trace points at the caller's code.
const errorInits = new WeakMap<Response, EthoraApiErrorInit>();

/** Remembers the error facts of a non-2xx response. */
export function rememberErrorInit(response: Response, init: EthoraApiErrorInit): void {
  errorInits.set(response, init);
}

/** The error facts recorded for `response`, if the client produced it. */
export function errorInitOf(response: Response): EthoraApiErrorInit | undefined {
  return errorInits.get(response);
}
