import type { FaultAction, FaultRequest } from './fault-server.js';

// Shorter parts of a token carry too little to rebuild it; the client scrubs parts from this length on.
const MIN_PART = 16;

/** The credentials a request carried: its `x-custom-token`, and its `Authorization` with and without the scheme. */
export function requestCredentials(request: FaultRequest): string[] {
  const found = new Set<string>();
  for (const name of ['x-custom-token', 'authorization']) {
    const value = request.headers[name];
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      found.add(one);
      found.add(one.replace(/^(?:Bearer|JWT|Basic)\s+/i, ''));
    }
  }
  return [...found];
}

/** What a leak scan looks for per credential: the credential, and each dot-separated part of it long enough to matter. */
export function credentialParts(credentials: Iterable<string>): string[] {
  const parts = new Set<string>();
  for (const credential of credentials) {
    parts.add(credential);
    for (const part of credential.replace(/^(?:Bearer|JWT|Basic)\s+/i, '').split('.'))
      if (part.length >= MIN_PART) parts.add(part);
  }
  return [...parts];
}

/** The bodies {@link echoCredentials} can answer with, each putting the credentials where an error reads. */
export const ECHO_SHAPES = [
  'json-error',
  'json-message',
  'json-nested',
  'json-keys',
  'json-array',
  'json-string',
  'text',
  'html',
] as const;

/** One of {@link ECHO_SHAPES}. */
export type EchoShape = (typeof ECHO_SHAPES)[number];

/**
 * A fault-server fallback that answers `status` echoing the request's credentials, as a careless server or
 * proxy might, in every place it can: the reason phrase, every response header (`x-request-id` included,
 * and a header name), and a body of `shape`, whose fields at any depth and property names carry the token,
 * the token behind its scheme, its payload alone, its signature alone and the token without its header.
 */
export function echoCredentials(status: number, shape: EchoShape): (request: FaultRequest) => FaultAction {
  return (request) => {
    const credentials = requestCredentials(request);
    const bare = credentials.find((value) => value.split('.').length === 3) ?? credentials[0] ?? 'none';
    const [, payload = bare, signature = bare] = bare.split('.');
    const headless = `${payload}.${signature}`;
    const authorization = String(request.headers.authorization ?? bare);
    const headers = {
      'retry-after': '0',
      'x-request-id': bare,
      'x-debug-token': bare,
      'x-echo-authorization': authorization,
      'x-echo-payload': payload,
      'x-echo-signature': signature,
      'x-echo-headless': headless,
      'www-authenticate': `Bearer error="invalid_token", token="${bare}"`,
      [`x-${signature}`]: 'echoed as a header name',
    };
    const statusText = `Rejected ${bare} (${signature})`;
    const deep = { a: { b: { c: { d: [{ token: bare, note: `sig ${signature}` }] } } } };
    const fragments = { payload, signature, headless, all: credentials };
    const html = `<html><body><h1>${status}</h1><p>${authorization}</p><pre>${headless}</pre></body></html>`;
    const text = `token ${headless} rejected; payload ${payload}; signature ${signature}; ${authorization}`;
    const json = (body: unknown): FaultAction => ({ type: 'json', status, statusText, headers, body });
    switch (shape) {
      case 'json-error':
        return json({
          error: `Invalid token ${bare} (${authorization})`,
          code: bare,
          requestId: bare,
          request_id: headless,
          detail: signature,
          [bare]: 'keyed by the token',
          echoed: { headers: request.headers, fragments, deep },
        });
      case 'json-message':
        return json({
          message: `payload ${payload} signature ${signature}`,
          code: signature,
          request_id: payload,
        });
      case 'json-nested':
        return json({
          error: { message: `headless ${headless}`, code: payload },
          detail: bare,
          title: signature,
        });
      case 'json-keys':
        return json({
          [bare]: 1,
          [headless]: { [signature]: { [payload]: deep } },
          [authorization]: fragments,
        });
      case 'json-array':
        return json([bare, headless, { [payload]: signature }, deep]);
      case 'json-string':
        return json(`token ${bare}; ${headless}`);
      case 'text':
        return { type: 'text', status, statusText, headers, body: text };
      case 'html':
        return { type: 'text', status, statusText, headers, body: html, contentType: 'text/html' };
    }
  };
}
