import type { Client, ClientPathsWithMethod, FetchResponse, MaybeOptionalInit } from 'openapi-fetch';
import type { paths } from './generated/schema.js';
import type { EthoraCallOptions } from './runtime/call-options.js';

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
type Media = `${string}/${string}`;
type RequiredKeysOfHelper<T> = { [K in keyof T]: {} extends Pick<T, K> ? never : K }[keyof T];
type RequiredKeysOf<T> = RequiredKeysOfHelper<T> extends undefined ? never : RequiredKeysOfHelper<T>;
type CallInit<Init> = Init & EthoraCallOptions & { [key: string]: unknown };
// The options argument is optional exactly when openapi-fetch would make it optional.
type CallInitArgs<Init> = RequiredKeysOf<Init> extends never ? [CallInit<Init>?] : [CallInit<Init>];

// The conditional proves to FetchResponse's constraint that an operation is an object.
type ResultOf<Operation, Init> =
  Operation extends Record<string | number, unknown> ? FetchResponse<Operation, Init, Media> : never;

type CallMethod<Method extends HttpMethod> = <
  Path extends ClientPathsWithMethod<Client<paths>, Method>,
  Init extends MaybeOptionalInit<paths[Path], Method>,
>(
  url: Path,
  ...init: CallInitArgs<Init>
) => Promise<ResultOf<paths[Path][Method], Init>>;

type CallAnyMethod = <
  Method extends HttpMethod,
  Path extends ClientPathsWithMethod<Client<paths>, Method>,
  Init extends MaybeOptionalInit<paths[Path], Method>,
>(
  method: Method,
  url: Path,
  ...init: CallInitArgs<Init>
) => Promise<ResultOf<paths[Path][Method], Init>>;

/** One HTTP method of {@link EthoraClient}: openapi-fetch's typed signature plus {@link EthoraCallOptions}. */
export type EthoraClientMethod<Method extends HttpMethod> = CallMethod<Method>;

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
  request: CallAnyMethod;
}
