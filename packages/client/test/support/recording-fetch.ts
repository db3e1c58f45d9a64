import type { FetchLike } from '../../src/index.js';

/** A request seen by {@link recordingFetch}. */
export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/**
 * A fake `fetch` for unit tests of pure logic (auth headers, options, unwrap): it records each
 * request and answers with `respond` (by default `200 {}`), without any network.
 */
export function recordingFetch(
  respond: (seen: SeenRequest) => Response = () => Response.json({}),
): FetchLike & {
  readonly seen: SeenRequest[];
} {
  const seen: SeenRequest[] = [];
  const fake = async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const entry = {
      method: request.method,
      url: request.url,
      headers,
      body: request.body ? await request.text() : '',
    };
    seen.push(entry);
    return respond(entry);
  };
  return Object.assign(fake, { seen });
}
