import { apiErrorInit, bodyExcerpt } from '../errors/create-api-error.js';
import type { EthoraRequestContext } from '../errors/request-context.js';
import { EthoraInvalidResponseError } from '../errors/request-errors.js';
import { isNullBodyStatus, type RawResponse } from '../transport/raw-exchange.js';
import type { CallFacts } from './call-facts.js';
import { parsedJsonResponse } from './parsed-json-response.js';
import { rememberErrorInit } from './response-errors.js';

const decoder = new TextDecoder();

/**
 * Turns the final answer of a call into the Response openapi-fetch parses. A 2xx JSON body that is
 * empty (where the operation promises one) or not JSON throws {@link EthoraInvalidResponseError}
 * here, instead of a `SyntaxError` later; a non-2xx answer gets its error facts recorded for `unwrap`.
 */
export function finishResponse(
  raw: RawResponse,
  facts: CallFacts,
  context: EthoraRequestContext,
  requestIdHeader: string | undefined,
): Response {
  const init: ResponseInit = { status: raw.status, statusText: raw.statusText, headers: raw.headers };
  const bodiless = isNullBodyStatus(raw.status) || facts.method === 'HEAD';
  if (raw.status >= 200 && raw.status < 300) {
    if (bodiless) return new Response(null, init);
    if (facts.parseAs !== 'json') return new Response(raw.body, init);
    const text = decoder.decode(raw.body);
    if (text.trim() === '') {
      // Unknown operations and those that declare a bodiless 2xx may answer with nothing.
      if (!facts.operation || facts.operation.emptySuccess) return new Response(null, init);
      throw new EthoraInvalidResponseError(context, { status: raw.status, reason: 'empty', bodyExcerpt: '' });
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new EthoraInvalidResponseError(context, {
        status: raw.status,
        reason: 'invalid-json',
        bodyExcerpt: bodyExcerpt(text),
      });
    }
    return parsedJsonResponse(raw.body, raw, text, data);
  }
  const response = new Response(bodiless ? null : raw.body, init);
  if (raw.status >= 400) {
    const body = bodiless ? undefined : decoder.decode(raw.body);
    rememberErrorInit(response, apiErrorInit({ ...raw, body, requestIdHeader }, context));
  }
  return response;
}
