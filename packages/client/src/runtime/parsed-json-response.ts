import type { Bytes } from '../transport/raw-exchange.js';

/** A `Response` whose JSON body was already parsed (and checked); see {@link parsedJsonResponse}. */
type ParsedJsonResponseClass = new (
  bytes: Bytes,
  head: ParsedJsonResponseHead,
  text: string,
  data: unknown,
) => Response;

/** The status line and headers of a parsed JSON answer. */
export interface ParsedJsonResponseHead {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
}

// Defined on first use: reading the global `Response` loads Node's fetch implementation (~15 ms),
// which importing the package should not pay for.
let parsedJsonResponseClass: ParsedJsonResponseClass | undefined;

/**
 * The Response openapi-fetch gets for a 2xx JSON answer: `json()` returns the data parsed already and
 * a first `text()` the decoded text, without the body stream a `Response` would otherwise build on
 * every call; status and headers are those of the answer, not copied. Any other use of the body
 * (`body`, `clone()`, `arrayBuffer()`, a second read...) builds a standard Response from the same
 * bytes on first use and reads that, so callers see the usual Fetch API behaviour.
 */
export function parsedJsonResponse(
  bytes: Bytes,
  head: ParsedJsonResponseHead,
  text: string,
  data: unknown,
): Response {
  parsedJsonResponseClass ??= defineParsedJsonResponse();
  return new parsedJsonResponseClass(bytes, head, text, data);
}

function defineParsedJsonResponse(): ParsedJsonResponseClass {
  return class ParsedJsonResponse extends Response {
    readonly #bytes: Bytes;
    readonly #head: ParsedJsonResponseHead;
    readonly #text: string;
    readonly #data: unknown;
    #standard: Response | undefined;
    // Set once `text()` has answered from the decoded text: the body then counts as read.
    #textRead = false;

    constructor(bytes: Bytes, head: ParsedJsonResponseHead, text: string, data: unknown) {
      // The status and headers are answered from `head` below: passing them to the base constructor
      // would validate and copy every header again, on every call.
      super();
      this.#bytes = bytes;
      this.#head = head;
      this.#text = text;
      this.#data = data;
    }

    override get status(): number {
      return this.#head.status;
    }

    override get ok(): boolean {
      return this.#head.status >= 200 && this.#head.status < 300;
    }

    override get statusText(): string {
      return this.#head.statusText;
    }

    override get headers(): Headers {
      return this.#head.headers;
    }

    // The same answer as a standard Response with a readable body, built once when first needed; its
    // body is spent at once if `text()` already read this one, so later reads fail as they should.
    #withBody(): Response {
      if (this.#standard === undefined) {
        this.#standard = new Response(this.#bytes, {
          status: this.status,
          statusText: this.statusText,
          headers: this.headers,
        });
        if (this.#textRead) void this.#standard.arrayBuffer();
      }
      return this.#standard;
    }

    override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
      return this.#withBody().body;
    }

    override get bodyUsed(): boolean {
      return this.#textRead || (this.#standard?.bodyUsed ?? false);
    }

    // biome-ignore lint/suspicious/noExplicitAny: the signature of Response.json().
    override json(): Promise<any> {
      return this.#standard || this.#textRead ? this.#withBody().json() : Promise.resolve(this.#data);
    }

    // openapi-fetch reads an answer without `Content-Length` (chunked, compressed) with `text()`.
    override text(): Promise<string> {
      if (this.#standard || this.#textRead) return this.#withBody().text();
      this.#textRead = true;
      return Promise.resolve(this.#text);
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
