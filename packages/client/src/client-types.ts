import type { Client, ClientPathsWithMethod, FetchResponse, MaybeOptionalInit } from 'openapi-fetch';
import type { EthoraCallOptions } from './client-options.js';
import type { paths } from './generated/schema.js';

/** An HTTP method in the lowercase form the generated `paths` use as keys. */
export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
/** The options of one call: openapi-fetch's `init` plus {@link EthoraCallOptions}. */
export type EthoraCallInit<Init> = Init & EthoraCallOptions & { [key: string]: unknown };
// `{} extends Init` holds exactly when `Init` has no required key.
/**
 * The options argument of a call: openapi-fetch's `init` (params, body, headers, signal...) plus
 * {@link EthoraCallOptions}; optional exactly when openapi-fetch would make it optional.
 */
export type EthoraCallInitArgs<Init> = {} extends Init ? [EthoraCallInit<Init>?] : [EthoraCallInit<Init>];

// The conditional proves to FetchResponse's constraint that an operation is an object.
/** The `{ data, error, response }` result of a call to `Operation` (openapi-fetch's `FetchResponse`). */
export type EthoraCallResult<Operation, Init> =
  Operation extends Record<string | number, unknown>
    ? FetchResponse<Operation, Init, `${string}/${string}`>
    : never;

/** One HTTP method of {@link EthoraClient}: openapi-fetch's typed signature plus {@link EthoraCallOptions}. */
export type EthoraClientMethod<Method extends HttpMethod> = <
  Path extends ClientPathsWithMethod<Client<paths>, Method>,
  Init extends MaybeOptionalInit<paths[Path], Method>,
>(
  url: Path,
  ...init: EthoraCallInitArgs<Init>
) => Promise<EthoraCallResult<paths[Path][Method], Init>>;

/** {@link EthoraClient.request}: calls any operation, the HTTP method given as the first argument. */
export type EthoraClientRequest = <
  Method extends HttpMethod,
  Path extends ClientPathsWithMethod<Client<paths>, Method>,
  Init extends MaybeOptionalInit<paths[Path], Method>,
>(
  method: Method,
  url: Path,
  ...init: EthoraCallInitArgs<Init>
) => Promise<EthoraCallResult<paths[Path][Method], Init>>;

/**
 * The typed Ethora client: openapi-fetch over the generated `paths`, so `client.GET('/v2/apps/{appId}',
 * { params: { path: { appId } } })` is checked against the spec. Each call also accepts `timeoutMs`,
 * `maxRetries`, `deadlineMs` and `idempotent`, and openapi-fetch's `signal`.
 */
export interface EthoraClient
  extends Omit<
    Client<paths>,
    'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE' | 'request'
  > {
  /** Calls a GET operation. */
  GET: EthoraClientMethod<'get'>;
  /** Calls a PUT operation. */
  PUT: EthoraClientMethod<'put'>;
  /** Calls a POST operation. */
  POST: EthoraClientMethod<'post'>;
  /** Calls a DELETE operation (bodies allowed, as the API uses them). */
  DELETE: EthoraClientMethod<'delete'>;
  /** Calls an OPTIONS operation. */
  OPTIONS: EthoraClientMethod<'options'>;
  /** Calls a HEAD operation. */
  HEAD: EthoraClientMethod<'head'>;
  /** Calls a PATCH operation. */
  PATCH: EthoraClientMethod<'patch'>;
  /** Calls a TRACE operation. */
  TRACE: EthoraClientMethod<'trace'>;
  /** Calls any operation by method name. */
  request: EthoraClientRequest;
}
