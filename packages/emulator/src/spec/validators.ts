import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';
import type { OpenApiDocument } from './spec-document.js';

/** One field that failed validation, with a message in the API's (Joi-like) style. */
export interface FieldError {
  /** Dotted path such as `usersList[0].lastName` (`value` for the whole body). */
  readonly path: string;
  readonly message: string;
}

const DOCUMENT_ID = 'ethora-spec';

type AddFormats = (ajv: Ajv2020) => unknown;
// ajv-formats is CommonJS: under ESM its default import is the plugin, under a CJS bundle it sits on `.default`.
const addFormats = (
  typeof formatsPlugin === 'function' ? formatsPlugin : (formatsPlugin as { default: unknown }).default
) as AddFormats;

/** Compiles (once) and runs validators for schemas of the spec, addressed by JSON pointer. */
export class SpecValidators {
  private readonly ajv: Ajv2020;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(document: OpenApiDocument) {
    // OpenAPI 3.1 schemas are JSON Schema 2020-12; `strict: false` lets OpenAPI's own keywords through.
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
    addFormats(this.ajv);
    this.ajv.addFormat('binary', true);
    this.ajv.addSchema(document as object, DOCUMENT_ID);
  }

  /** Validates `value` against the schema at `pointer`; returns the failures (empty when it conforms). */
  check(pointer: string, value: unknown, root = 'value'): FieldError[] {
    let validate = this.compiled.get(pointer);
    if (validate === undefined) {
      validate = this.ajv.compile({ $ref: `${DOCUMENT_ID}${pointer}` });
      this.compiled.set(pointer, validate);
    }
    if (validate(value)) return [];
    return describeErrors(validate.errors ?? [], root);
  }
}

function fieldPath(root: string, instancePath: string, extra?: string): string {
  const parts = instancePath.split('/').slice(1);
  if (extra !== undefined) parts.push(extra);
  let path = root;
  for (const part of parts) {
    const token = part.replaceAll('~1', '/').replaceAll('~0', '~');
    path = /^\d+$/.test(token) ? `${path}[${token}]` : path === 'value' ? token : `${path}.${token}`;
  }
  return path;
}

function messageOf(error: ErrorObject): { extra?: string; text: string } {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { extra: String(params.missingProperty), text: 'is required' };
    case 'additionalProperties':
      return { extra: String(params.additionalProperty), text: 'is not allowed' };
    case 'false schema':
      return { text: 'is not allowed' };
    case 'minLength':
      return {
        text:
          params.limit === 1
            ? 'is not allowed to be empty'
            : `length must be at least ${params.limit} characters long`,
      };
    case 'maxLength':
      return { text: `length must be less than or equal to ${params.limit} characters long` };
    case 'minItems':
      return { text: `must contain at least ${params.limit} items` };
    case 'maxItems':
      return { text: `must contain less than or equal to ${params.limit} items` };
    case 'type':
      return { text: `must be of type ${params.type}` };
    case 'format':
      return {
        text: params.format === 'email' ? 'must be a valid email' : `must be a valid ${params.format}`,
      };
    case 'enum':
      return { text: `must be one of [${(params.allowedValues as unknown[]).join(', ')}]` };
    case 'pattern':
      return { text: 'fails to match the required pattern' };
    default:
      return { text: error.message ?? 'is invalid' };
  }
}

/** Turns ajv's errors into one message per field, in the style of the API's validation errors. */
export function describeErrors(errors: readonly ErrorObject[], root: string): FieldError[] {
  const seen = new Set<string>();
  const fields: FieldError[] = [];
  for (const error of errors) {
    // `anyOf`/`oneOf`/`if` wrappers only repeat what their branches said.
    if (['anyOf', 'oneOf', 'if', 'allOf'].includes(error.keyword)) continue;
    const { extra, text } = messageOf(error);
    const path = fieldPath(root, error.instancePath, extra);
    const message = `"${path}" ${text}`;
    if (seen.has(message)) continue;
    seen.add(message);
    fields.push({ path, message });
  }
  return fields;
}
