/** Which call an error belongs to: never headers, tokens or the query string. */
export interface EthoraRequestContext {
  /** HTTP method, such as `POST`. */
  readonly method: string;
  /** Path template of the operation, such as `/v2/apps/{appId}`; ids stay out of logs. */
  readonly path: string;
  /** The request id this client sent in `x-request-id`; one id for the call, retries included. */
  readonly requestId?: string;
  /** How many attempts were made, retries included. */
  readonly attempts?: number;
}

/** Formats the call as `POST /v2/chats`, for error messages. */
export function describeCall(context: EthoraRequestContext): string {
  return `${context.method} ${context.path}`;
}

/** A ` (request id ..., server request id ..., 3 attempts)` suffix, or `''` when there is nothing to add. */
export function callSuffix(context: EthoraRequestContext, serverRequestId?: string): string {
  const parts: string[] = [];
  if (context.requestId) parts.push(`request id ${context.requestId}`);
  if (serverRequestId) parts.push(`server request id ${serverRequestId}`);
  if (context.attempts && context.attempts > 1) parts.push(`${context.attempts} attempts`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}
