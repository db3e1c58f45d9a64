import type { SpecOperation, SpecParameter } from '../spec/spec-document.js';
import type { FieldError, SpecValidators } from '../spec/validators.js';
import { validationError } from './api-error.js';

function schemaType(parameter: SpecParameter): string | undefined {
  const type = parameter.schema?.type;
  return Array.isArray(type)
    ? (type.find((entry) => entry !== 'null') as string | undefined)
    : (type as string);
}

/** A query value converted to its schema's type; left as text when it does not convert (validation reports it). */
function coerce(value: string, parameter: SpecParameter): unknown {
  switch (schemaType(parameter)) {
    case 'integer':
    case 'number': {
      const number = Number(value);
      return value.trim() !== '' && Number.isFinite(number) ? number : value;
    }
    case 'boolean':
      return value === 'true' ? true : value === 'false' ? false : value;
    default:
      return value;
  }
}

/**
 * Checks a request's path parameters, query and body against its operation in the spec. Returns the declared
 * query parameters in their schema's types; throws 422 `VALIDATION_ERROR` naming every field that fails.
 */
export function validateInput(
  validators: SpecValidators,
  operation: SpecOperation,
  params: Readonly<Record<string, string>>,
  search: URLSearchParams,
  body: unknown,
): Record<string, unknown> {
  const errors: FieldError[] = [];
  const query: Record<string, unknown> = {};
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'path' && parameter.in !== 'query') continue;
    const raw = parameter.in === 'path' ? params[parameter.name] : (search.get(parameter.name) ?? undefined);
    if (raw === undefined) {
      if (parameter.required)
        errors.push({ path: parameter.name, message: `"${parameter.name}" is required` });
      continue;
    }
    const value = parameter.in === 'query' ? coerce(raw, parameter) : raw;
    if (parameter.in === 'query') query[parameter.name] = value;
    if (parameter.schemaPointer)
      errors.push(...validators.check(parameter.schemaPointer, value, parameter.name));
  }
  if (operation.requestBodyPointer !== undefined) {
    if (body === undefined) {
      if (operation.requestBodyRequired) errors.push({ path: 'value', message: '"value" is required' });
    } else {
      errors.push(...validators.check(operation.requestBodyPointer, body));
    }
  }
  if (errors.length > 0) throw validationError(errors);
  return query;
}
