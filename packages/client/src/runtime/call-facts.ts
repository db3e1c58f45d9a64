import type { Middleware } from 'openapi-fetch';
import { checkCallOptions } from '../check-options.js';
import { type OperationInfo, operationInfo } from '../generated/operations.js';
import type { EthoraCallOptions } from './call-options.js';

/** What the transport needs to know about one call, learnt from openapi-fetch before it is sent. */
export interface CallFacts {
  readonly method: string;
  /** Path template, such as `/v2/apps/{appId}`. */
  readonly path: string;
  /** The spec's facts about the operation; `undefined` for a path the spec does not list. */
  readonly operation: OperationInfo | undefined;
  /** How openapi-fetch will read a 2xx body (`json` unless the caller chose otherwise). */
  readonly parseAs: string;
  readonly requestId: string | undefined;
  readonly overrides: EthoraCallOptions;
}

// Keyed by the Request object itself: nothing travels to the server, and the entry goes with it.
const factsByRequest = new WeakMap<Request, CallFacts>();

/** The facts recorded for `request`, if it went through {@link createCallFactsMiddleware}. */
export function callFactsOf(request: Request): CallFacts | undefined {
  return factsByRequest.get(request);
}

/** Settings of {@link createCallFactsMiddleware}. */
export interface CallFactsSettings {
  /** Header carrying the request id, or `undefined` to send none. */
  readonly requestIdHeader: string | undefined;
  /** Makes a request id. */
  readonly generateRequestId: () => string;
}

/**
 * The first middleware of every client: it records the call's path template, operation facts and
 * per-call options for the transport, and sets the request id header (unless the caller set one)
 * so that later middleware and every retry see the same id.
 */
export function createCallFactsMiddleware(settings: CallFactsSettings): Middleware {
  return {
    onRequest({ request, schemaPath, options }) {
      let requestId: string | undefined;
      if (settings.requestIdHeader) {
        requestId = request.headers.get(settings.requestIdHeader) ?? undefined;
        if (requestId === undefined) {
          requestId = settings.generateRequestId();
          request.headers.set(settings.requestIdHeader, requestId);
        }
      }
      // openapi-fetch copies unknown call options onto the Request object as plain properties.
      const overrides = callOverridesOf(request as Request & EthoraCallOptions);
      factsByRequest.set(request, {
        method: request.method,
        path: schemaPath,
        operation: operationInfo[`${request.method} ${schemaPath}`],
        parseAs: options.parseAs,
        requestId,
        overrides,
      });
      return undefined;
    },
  };
}

/** The client's own options of one call, picked from `source` and checked (`EthoraValidationError`). */
export function callOverridesOf(source: EthoraCallOptions): EthoraCallOptions {
  const overrides: EthoraCallOptions = {
    timeoutMs: source.timeoutMs,
    maxRetries: source.maxRetries,
    deadlineMs: source.deadlineMs,
    idempotent: source.idempotent,
  };
  checkCallOptions(overrides);
  return overrides;
}
