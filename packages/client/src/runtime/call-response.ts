import type { EthoraApiErrorInit } from '../errors/api-errors.js';
import { apiErrorInit, bodyExcerpt } from '../errors/create-api-error.js';
import type { EthoraRequestContext } from '../errors/request-context.js';
import { EthoraInvalidResponseError } from '../errors/request-errors.js';
import type { OperationInfo } from '../generated/operations.js';
import type { Answer } from '../transport/exchange.js';

type CallResponseClass = new (answer: Answer, text: string, data?: unknown) => Response;

// Defined on first use: reading the global `Response` loads Node's fetch implementation (~15 ms),
// which importing the package should not pay for.
let CallResponse: CallResponseClass | undefined;
// The error facts of each non-2xx answer: `unwrap` builds the error at its own call site, so that its
// stack trace points at the caller's code.
const errorInits = new WeakMap<Response, EthoraApiErrorInit>();
const decoder = new TextDecoder();

/** The error facts recorded for `response`, if the client produced it. */
export function errorInitOf(response: Response): EthoraApiErrorInit | undefined {
  return errorInits.get(response);
}

/** What {@link finishResponse} needs to know about the call besides its context. */
export interface ResponseFacts {
  readonly operation: OperationInfo | undefined;
  readonly parseAs: string | undefined;
  readonly requestIdHeader: string | undefined;
  /** The credentials the call sent and the client knows, scrubbed from whatever the error copies. */
  secrets(): readonly string[];
}

/**
 * Turns the final answer of a call into the Response openapi-fetch reads. A 2xx JSON body that is
 * empty (where the operation promises one) or not JSON throws {@link EthoraInvalidResponseError} here,
 * instead of a `SyntaxError` later; a non-2xx answer gets its error facts recorded for `unwrap`.
 */
export function finishResponse(
  answer: Answer,
  facts: ResponseFacts,
  context: EthoraRequestContext,
): Response {
  CallResponse ??= defineCallResponse();
  const { status } = answer;
  const head = context.method === 'HEAD';
  const text = head ? '' : decoder.decode(answer.body);
  if (status >= 400) {
    const response = new CallResponse(answer, text);
    const parts = {
      ...answer,
      body: head ? undefined : text,
      requestIdHeader: facts.requestIdHeader,
      secrets: facts.secrets(),
    };
    errorInits.set(response, apiErrorInit(parts, context));
    return response;
  }
  const bodiless = status === 204 || status === 205 || head;
  if (status < 200 || status >= 300 || bodiless || (facts.parseAs ?? 'json') !== 'json') {
    return new CallResponse(answer, text);
  }
  if (text.trim() === '') {
    // Unknown operations and those that declare a bodiless 2xx may answer with nothing.
    if (!facts.operation || facts.operation.emptySuccess) return new CallResponse(answer, text);
    throw new EthoraInvalidResponseError(context, { status, reason: 'empty', bodyExcerpt: '' });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new EthoraInvalidResponseError(context, {
      status,
      reason: 'invalid-json',
      bodyExcerpt: bodyExcerpt(text, facts.secrets()),
    });
  }
  return new CallResponse(answer, text, data);
}

function defineCallResponse(): CallResponseClass {
  // A `Response` over a body that arrived whole: a first `text()` or `json()` returns what the client
  // decoded and parsed already, with no body stream; other reads (`body`, `clone()`, a second read...) go
  // to a standard Response over the same bytes, made on first use, with the usual Fetch API behaviour.
  return class CallResponse extends Response {
    readonly #answer: Answer;
    readonly #text: string;
    readonly #data: unknown;
    #read = false;
    #standard: Response | undefined;

    constructor(answer: Answer, text: string, data?: unknown) {
      // Status and headers come from `answer` below: the base constructor would check and copy them.
      super();
      this.#answer = answer;
      this.#text = text;
      this.#data = data;
    }

    override get status(): number {
      return this.#answer.status;
    }

    override get ok(): boolean {
      return this.#answer.status >= 200 && this.#answer.status < 300;
    }

    override get statusText(): string {
      return this.#answer.statusText;
    }

    override get headers(): Headers {
      return this.#answer.headers;
    }

    override get url(): string {
      return this.#answer.url;
    }

    override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
      return this.#withBody().body;
    }

    override get bodyUsed(): boolean {
      return this.#read || (this.#standard?.bodyUsed ?? false);
    }

    // biome-ignore lint/suspicious/noExplicitAny: the signature of Response.json().
    override json(): Promise<any> {
      if (this.#data === undefined || this.#read || this.#standard) return this.#withBody().json();
      this.#read = true;
      return Promise.resolve(this.#data);
    }

    override text(): Promise<string> {
      if (this.#read || this.#standard) return this.#withBody().text();
      this.#read = true;
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

    // The same answer with a readable body, spent at once when this one was read already.
    #withBody(): Response {
      if (this.#standard === undefined) {
        const { status, statusText, headers, body } = this.#answer;
        const nullBody = status === 204 || status === 205 || status === 304;
        this.#standard = new Response(nullBody ? null : body, { status, statusText, headers });
        if (this.#read) void this.#standard.arrayBuffer();
      }
      return this.#standard;
    }
  };
}
