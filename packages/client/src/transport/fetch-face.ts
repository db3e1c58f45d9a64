import { type Bytes, isNullBodyStatus, type RawRequest, type RawResponse } from './raw-exchange.js';

/** Reads `fetch(input, init)` arguments into a {@link RawRequest} with a buffered body. */
export async function toRawRequest(
  input: string | URL | Request,
  init: RequestInit = {},
): Promise<RawRequest> {
  const fromRequest = input instanceof Request ? input : undefined;
  const headers: Record<string, string> = {};
  new Headers(init.headers ?? fromRequest?.headers).forEach((value, name) => {
    headers[name] = value;
  });
  let body: Bytes | undefined;
  if (init.body !== undefined && init.body !== null) body = await bodyBytes(init.body, headers);
  else if (fromRequest?.body) body = new Uint8Array(await fromRequest.arrayBuffer());
  const method = init.method ?? fromRequest?.method ?? 'GET';
  return {
    url: fromRequest ? fromRequest.url : String(input),
    method: /^(get|head|post|put|delete|options|patch)$/i.test(method) ? method.toUpperCase() : method,
    headers,
    body,
    signal: init.signal ?? fromRequest?.signal ?? undefined,
    timeoutMs: undefined,
    redirect: init.redirect ?? fromRequest?.redirect ?? 'follow',
  };
}

async function bodyBytes(body: BodyInit, headers: Record<string, string>): Promise<Bytes> {
  if (typeof body === 'string') {
    headers['content-type'] ??= 'text/plain;charset=UTF-8';
    return new TextEncoder().encode(body);
  }
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body)) {
    return new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength);
  }
  // Blob, FormData, URLSearchParams, streams: let the platform serialise them and name their type.
  const serialised = new Response(body);
  const type = serialised.headers.get('content-type');
  if (type && headers['content-type'] === undefined) headers['content-type'] = type;
  return new Uint8Array(await serialised.arrayBuffer());
}

/** Turns a {@link RawResponse} into a standard `Response` whose `url` is the final URL. */
export function toResponse(raw: RawResponse): Response {
  const response = new Response(isNullBodyStatus(raw.status) ? null : raw.body, {
    status: raw.status,
    statusText: raw.statusText,
    headers: raw.headers,
  });
  Object.defineProperty(response, 'url', { value: raw.url });
  return response;
}
