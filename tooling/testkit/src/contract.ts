/** One violation of the spec that Prism found in a request or a response. */
export interface ContractViolation {
  readonly location?: readonly string[];
  readonly severity?: string;
  readonly code?: string | number;
  readonly message: string;
}

/** Thrown when a request or response broke the spec. */
export class ContractViolationError extends Error {
  constructor(
    readonly violations: readonly ContractViolation[],
    readonly request: string,
  ) {
    super(
      `Contract violation on ${request}:\n${violations.map((v) => `- ${(v.location ?? []).join('.')}: ${v.message}`).join('\n')}`,
    );
    this.name = 'ContractViolationError';
  }
}

/**
 * Returns the violations Prism reported for a response: the `sl-violations` header, or
 * Prism's own `application/problem+json` 422 (served when the operation declares no error
 * response for it) with its `validation` list. Reads the body of a clone only.
 */
export async function contractViolations(response: Response): Promise<ContractViolation[]> {
  const header = response.headers.get('sl-violations');
  if (header) {
    const parsed = JSON.parse(header) as ContractViolation[];
    const errors = parsed.filter((v) => v.severity === undefined || v.severity === 'Error');
    if (errors.length > 0) return errors;
  }
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('application/problem+json')) {
    const body = (await response.clone().json()) as {
      type?: string;
      detail?: string;
      validation?: ContractViolation[];
    };
    if (typeof body.type === 'string' && body.type.startsWith('https://stoplight.io/prism/errors')) {
      return body.validation?.length ? body.validation : [{ message: body.detail ?? body.type }];
    }
  }
  return [];
}

/** Throws {@link ContractViolationError} when Prism flagged the request or response. */
export async function assertNoContractViolations(request: Request, response: Response): Promise<void> {
  const violations = await contractViolations(response);
  if (violations.length > 0) {
    throw new ContractViolationError(violations, `${request.method} ${new URL(request.url).pathname}`);
  }
}

/** A request that reached the server, as recorded by {@link contractFetch}. */
export interface RecordedExchange {
  readonly method: string;
  readonly url: URL;
  readonly headers: Headers;
  readonly body: unknown;
  readonly status: number;
}

/** A `fetch` that records every exchange and fails on any contract violation. */
export interface ContractFetch {
  (input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /** Every exchange so far, oldest first. */
  readonly exchanges: RecordedExchange[];
  /** The most recent exchange; throws when there is none. */
  last(): RecordedExchange;
  /** Forgets the recorded exchanges. */
  reset(): void;
}

/**
 * Wraps the global `fetch` for contract tests: each request is recorded (method, URL,
 * headers, parsed JSON body) and each response checked for Prism violations, which
 * reject the call with {@link ContractViolationError}.
 */
export function contractFetch(options: { allowViolations?: boolean } = {}): ContractFetch {
  const exchanges: RecordedExchange[] = [];
  const wrapped = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const text = request.body ? await request.clone().text() : '';
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    const response = await fetch(request);
    exchanges.push({
      method: request.method,
      url: new URL(request.url),
      headers: new Headers(request.headers),
      body,
      status: response.status,
    });
    if (!options.allowViolations) await assertNoContractViolations(request, response);
    return response;
  }) as ContractFetch;
  Object.defineProperty(wrapped, 'exchanges', { value: exchanges });
  wrapped.last = () => {
    const last = exchanges.at(-1);
    if (!last) throw new Error('No request reached the server');
    return last;
  };
  wrapped.reset = () => {
    exchanges.length = 0;
  };
  return wrapped;
}
