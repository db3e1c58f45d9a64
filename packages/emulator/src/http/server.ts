import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FaultRules } from '../faults.js';
import type { EmulatorServices } from '../services.js';
import type { SpecOperation } from '../spec/spec-document.js';
import type { SpecValidators } from '../spec/validators.js';
import { requestId as newRequestId } from '../store/ids.js';
import { ADMIN_BODY_LIMIT, ADMIN_PREFIX, type AdminActions, handleAdmin } from './admin.js';
import { ApiError } from './api-error.js';
import { parseJsonBody, readBody } from './body.js';
import { answerProblems, type ContractViolation } from './contract.js';
import { validateInput } from './input.js';
import type { RouteDefinition } from './route.js';
import { MalformedPathError, Router } from './router.js';

/** What the request handler needs. */
export interface HandlerDependencies {
  readonly services: EmulatorServices;
  readonly validators: SpecValidators;
  readonly operations: ReadonlyMap<string, SpecOperation>;
  readonly routes: readonly RouteDefinition[];
  readonly faults: FaultRules;
  readonly admin: AdminActions;
  readonly bodyLimitBytes: number;
  /** Check every answer against the spec; a violation becomes a 500 and is recorded. */
  readonly validateResponses: boolean;
  readonly violations: ContractViolation[];
  /** One line per request (method, path, status, time): never headers or bodies. */
  readonly log: ((line: string) => void) | undefined;
}

interface CompiledRoute {
  readonly definition: RouteDefinition;
  readonly operation: SpecOperation | undefined;
}

interface Answer {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** The operation that answered, for the contract check. */
  readonly operation?: SpecOperation | undefined;
  /** An injected fault: deliberately outside the contract, never checked. */
  readonly injected?: boolean;
}

/** The operation a request reached, once routed: its error answers use the statuses it declares. */
interface Reached {
  operation?: SpecOperation | undefined;
}

/** The error body of the spec, with the status the operation declares (see {@link ApiError.statusFor}). */
function errorAnswer(error: ApiError, requestId: string, operation?: SpecOperation): Answer {
  const { code, details, headers } = error.options;
  const body = {
    success: false,
    error: error.message,
    ...(code === undefined ? {} : { code }),
    ...(details === undefined ? {} : { details }),
    requestId,
  };
  return { status: error.statusFor(operation), body, headers, operation };
}

/** Builds the `node:http` request listener: routing, faults, auth, validation against the spec, handlers. */
export function createRequestHandler(
  deps: HandlerDependencies,
): (req: IncomingMessage, res: ServerResponse) => void {
  const router = new Router<CompiledRoute>();
  for (const definition of deps.routes) {
    const operation = deps.operations.get(`${definition.method} ${definition.path}`);
    router.add(definition.method, definition.path, { definition, operation });
  }

  const send = (res: ServerResponse, answer: Answer, requestId: string) => {
    const text = answer.body === undefined ? '' : JSON.stringify(answer.body);
    res.writeHead(answer.status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      'x-request-id': requestId,
      ...answer.headers,
    });
    res.end(text);
  };

  const serve = async (
    req: IncomingMessage,
    path: string,
    query: string,
    requestId: string,
    reached: Reached,
  ): Promise<Answer | undefined> => {
    const method = req.method ?? 'GET';
    if (path.startsWith(ADMIN_PREFIX)) {
      const body = parseJsonBody(await readBody(req, ADMIN_BODY_LIMIT), req.headers['content-type']);
      return handleAdmin(deps.admin, method, path, body);
    }
    const raw = await readBody(req, deps.bodyLimitBytes);
    const match = router.match(method, path);
    if (!match) {
      const why = router.hasPath(path) ? `Method ${method} is not supported on` : 'No route for';
      throw new ApiError(404, `${why} ${method} ${path}`);
    }
    const fault = deps.faults.decide(method, match.template, path);
    if (fault.latencyMs > 0) await sleep(fault.latencyMs);
    if (fault.action?.drop) {
      req.socket.resetAndDestroy();
      return undefined;
    }
    if (fault.action?.status !== undefined) {
      const { status, retryAfter, body } = fault.action;
      const wait = retryAfter ?? (status === 429 || status === 503 ? 1 : undefined);
      return {
        status,
        body: body ?? { success: false, error: `Injected fault: status ${status}`, requestId },
        headers: wait === undefined ? undefined : { 'retry-after': String(wait) },
        injected: true,
      };
    }
    const { definition, operation } = match.value;
    reached.operation = operation;
    const services = deps.services;
    const credential = definition.auth === 'server' ? await services.verifier.server(req.headers) : undefined;
    const body = parseJsonBody(raw, req.headers['content-type']);
    const search = new URLSearchParams(query);
    const queryValues = operation
      ? validateInput(deps.validators, operation, match.params, search, body)
      : {};
    const context = {
      services,
      operation,
      params: match.params,
      query: queryValues,
      body,
      headers: req.headers,
      credential,
    };
    const answer = await definition.handle(context);
    if (services.store.feed.busy) {
      // The change is made; a mirror that could not follow it is the emulator's failure, named in the answer.
      await services.store.feed.settled().catch((error: Error) => {
        throw new ApiError(500, error.message);
      });
    }
    return { status: answer.status ?? 200, body: answer.body, headers: answer.headers, operation };
  };

  return (req, res) => {
    const started = performance.now();
    const header = req.headers['x-request-id'];
    const requestId = typeof header === 'string' && header !== '' ? header : newRequestId();
    const url = req.url ?? '/';
    const mark = url.indexOf('?');
    const path = mark === -1 ? url : url.slice(0, mark);
    const query = mark === -1 ? '' : url.slice(mark + 1);
    const reached: Reached = {};
    serve(req, path, query, requestId, reached)
      .catch((error: unknown): Answer => {
        if (error instanceof ApiError) return errorAnswer(error, requestId, reached.operation);
        if (error instanceof MalformedPathError)
          return errorAnswer(new ApiError(400, error.message), requestId);
        deps.log?.(
          `emulator error on ${req.method} ${path}: ${error instanceof Error ? error.stack : String(error)}`,
        );
        return errorAnswer(new ApiError(500, 'Internal error of the emulator'), requestId);
      })
      .then((given) => {
        if (given === undefined) return;
        const answer = deps.validateResponses
          ? checkedAnswer(deps, router, req.method ?? 'GET', path, given, requestId)
          : given;
        if (!res.headersSent && !res.destroyed) send(res, answer, requestId);
        // An oversized body was not read to the end: close the connection after the answer.
        if (answer.headers?.connection === 'close') req.socket.end();
        deps.log?.(`${req.method} ${path} ${answer.status} ${(performance.now() - started).toFixed(1)} ms`);
      });
  };
}

/** The answer, or a 500 naming the problems when it breaks the spec (the violation is recorded too). */
function checkedAnswer(
  deps: HandlerDependencies,
  router: Router<CompiledRoute>,
  method: string,
  path: string,
  answer: Answer,
  requestId: string,
): Answer {
  if (answer.injected || answer.status === 413) return answer;
  const operation = answer.operation ?? operationOf(router, method, path);
  if (!operation) return answer;
  const problems = answerProblems(deps.validators, operation, answer.status, answer.body);
  if (problems.length === 0) return answer;
  deps.violations.push({ operation: operation.key, path, status: answer.status, problems });
  return errorAnswer(new ApiError(500, `The emulator broke the spec: ${problems.join('; ')}`), requestId);
}

function operationOf(router: Router<CompiledRoute>, method: string, path: string): SpecOperation | undefined {
  try {
    return router.match(method, path)?.value.operation;
  } catch {
    return undefined;
  }
}
