import type { Bytes } from '../transport/raw-exchange.js';

/** A `Response` whose JSON body was already parsed (and checked); see {@link parsedJsonResponse}. */
type ParsedJsonResponseClass = new (bytes: Bytes, init: ResponseInit, data: unknown) => Response;

// Defined on first use: reading the global `Response` loads Node's fetch implementation (~15 ms),
// which importing the package should not pay for.
let parsedJsonResponseClass: ParsedJsonResponseClass | undefined;

/**
 * The Response openapi-fetch gets for a 2xx JSON answer: `json()` returns the data parsed already,
 * without a second parse and without the body stream a `Response` would otherwise build on every
 * call. Any other use of the body (`text()`, `body`, `clone()`...) builds a standard Response from
 * the same bytes on first use and reads that, so callers see the usual Fetch API behaviour.
 */
export function parsedJsonResponse(bytes: Bytes, init: ResponseInit, data: unknown): Response {
  parsedJsonResponseClass ??= defineParsedJsonResponse();
  return new parsedJsonResponseClass(bytes, init, data);
}

function defineParsedJsonResponse(): ParsedJsonResponseClass {
  return class ParsedJsonResponse extends Response {
    readonly #bytes: Bytes;
    readonly #data: unknown;
    #standard: Response | undefined;

    constructor(bytes: Bytes, init: ResponseInit, data: unknown) {
      super(null, init);
      this.#bytes = bytes;
      this.#data = data;
    }

    // The same answer as a standard Response with a readable body, built once when first needed.
    #withBody(): Response {
      this.#standard ??= new Response(this.#bytes, {
        status: this.status,
        statusText: this.statusText,
        headers: this.headers,
      });
      return this.#standard;
    }

    override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
      return this.#withBody().body;
    }

    override get bodyUsed(): boolean {
      return this.#standard?.bodyUsed ?? false;
    }

    // biome-ignore lint/suspicious/noExplicitAny: the signature of Response.json().
    override json(): Promise<any> {
      return this.#standard ? this.#standard.json() : Promise.resolve(this.#data);
    }

    override text(): Promise<string> {
      return this.#withBody().text();
    }

    override arrayBuffer(): Promise<ArrayBuffer> {
      return this.#withBody().arrayBuffer();
    }

    override bytes(): Promise<Uint8Array<ArrayBuffer>> {
      return this.#withBody().bytes();
    }

    override blob(): Promise<Blob> {
      return this.#withBody().blob();
    }

    override formData(): Promise<FormData> {
      return this.#withBody().formData();
    }

    override clone(): Response {
      return this.#withBody().clone();
    }
  };
}
