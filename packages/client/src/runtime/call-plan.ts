import { CREDENTIAL_HEADERS } from '../auth/auth-headers.js';
import type { Bytes, RawRequest } from '../transport/raw-exchange.js';
import { type CallFacts, callFactsOf } from './call-facts.js';
import { requestTextOf } from './call-request.js';

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);

/** The limits and the buffered request of one call, fixed before its first attempt. */
export interface CallPlan {
  readonly facts: CallFacts;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  /** The call's overall limit, when it has one. */
  readonly deadlineMs: number | undefined;
  /** `performance.now()` time the call must end by (`Infinity` without a deadline). */
  readonly deadline: number;
  readonly idempotent: boolean;
  /** Lowercase headers without credentials; the request id is already among them. */
  readonly headers: Readonly<Record<string, string>>;
  /** True when the caller set a credential header itself, which turns automatic auth off. */
  readonly ownCredential: boolean;
  readonly request: Omit<RawRequest, 'signal' | 'timeoutMs' | 'headers'>;
}

/** Defaults a {@link CallPlan} falls back to. */
export interface PlanDefaults {
  readonly timeoutMs: number;
  readonly maxRetries: number;
  readonly deadlineMs: number | undefined;
  readonly requestIdHeader: string | undefined;
  readonly generateRequestId: () => string;
}

/** Reads the call's facts and limits and buffers its body once, so every attempt can resend it. */
export async function planCall(request: Request, defaults: PlanDefaults): Promise<CallPlan> {
  const facts = callFactsOf(request) ?? fallbackFacts(request, defaults);
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  if (defaults.requestIdHeader && facts.requestId) headers[defaults.requestIdHeader] = facts.requestId;
  const body = await bufferedBody(request);
  return planOf(
    facts,
    headers,
    { url: request.url, method: facts.method, body, redirect: request.redirect },
    defaults,
  );
}

/**
 * The plan of a call from its parts: `headers` are lowercase, without credentials, the request id among
 * them; the body is buffered already.
 */
export function planOf(
  facts: CallFacts,
  headers: Record<string, string>,
  request: CallPlan['request'],
  defaults: PlanDefaults,
): CallPlan {
  const { overrides } = facts;
  const deadlineMs = overrides.deadlineMs ?? defaults.deadlineMs;
  return {
    facts,
    timeoutMs: overrides.timeoutMs ?? defaults.timeoutMs,
    maxRetries: overrides.maxRetries ?? defaults.maxRetries,
    deadlineMs,
    deadline: deadlineMs === undefined ? Number.POSITIVE_INFINITY : performance.now() + deadlineMs,
    idempotent: overrides.idempotent ?? facts.operation?.idempotent ?? IDEMPOTENT_METHODS.has(facts.method),
    headers,
    ownCredential: CREDENTIAL_HEADERS.some((name) => headers[name] !== undefined),
    request,
  };
}

const encoder = new TextEncoder();

async function bufferedBody(request: Request): Promise<Bytes | undefined> {
  // The JSON text openapi-fetch serialised: encoding it again is cheaper than reading the stream.
  const text = requestTextOf(request);
  if (text !== undefined) return encoder.encode(text);
  return request.body === null ? undefined : new Uint8Array(await request.arrayBuffer());
}

function fallbackFacts(request: Request, defaults: PlanDefaults): CallFacts {
  // A request rebuilt by the caller's own middleware lost its recorded facts: derive what we can.
  const header = defaults.requestIdHeader;
  const own = request as Request & CallFacts['overrides'];
  return {
    method: request.method.toUpperCase(),
    path: new URL(request.url).pathname,
    operation: undefined,
    parseAs: 'json',
    requestId: header ? (request.headers.get(header) ?? defaults.generateRequestId()) : undefined,
    overrides: {
      timeoutMs: own.timeoutMs,
      maxRetries: own.maxRetries,
      deadlineMs: own.deadlineMs,
      idempotent: own.idempotent,
    },
  };
}
