import bundled from '@ethora/spec/dist/ethora.json' with { type: 'json' };

/** The parts of an OpenAPI 3.1 document the emulator reads. */
export interface OpenApiDocument {
  readonly paths: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly components?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/** A parameter of an operation, with `$ref`s resolved. */
export interface SpecParameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  readonly schema: Readonly<Record<string, unknown>> | undefined;
  /** JSON pointer of the schema, for validators that resolve `$ref`s against the whole document. */
  readonly schemaPointer: string | undefined;
}

/** What the emulator needs to know about one operation of the spec. */
export interface SpecOperation {
  /** `METHOD /template`, e.g. `GET /v2/apps/{appId}`. */
  readonly key: string;
  readonly method: string;
  readonly path: string;
  readonly operationId: string | undefined;
  readonly parameters: readonly SpecParameter[];
  /** JSON pointer (from the document root) of the JSON request body schema, if there is one. */
  readonly requestBodyPointer: string | undefined;
  readonly requestBodyRequired: boolean;
  /** Declared response statuses (`'200'`, `'422'`, `'4XX'`, `'default'`...) and their JSON schema pointers. */
  readonly responses: ReadonlyMap<string, string | undefined>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/** The bundled Ethora spec (`spec/dist/ethora.json`), the document every answer is checked against. */
export const ethoraSpec = bundled as unknown as OpenApiDocument;

/** Escapes one JSON pointer token (`/` and `~`). */
export function pointerToken(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}

function resolve(document: OpenApiDocument, value: unknown): Record<string, unknown> {
  let current = value as Record<string, unknown>;
  // Parameters and responses may be `$ref`s into `components`; follow them (a few hops at most).
  for (let hops = 0; hops < 8 && typeof current?.$ref === 'string'; hops++) {
    const parts = (current.$ref as string).replace(/^#\//, '').split('/');
    let target: unknown = document;
    for (const part of parts) {
      target = (target as Record<string, unknown>)?.[part.replaceAll('~1', '/').replaceAll('~0', '~')];
    }
    current = target as Record<string, unknown>;
  }
  return current ?? {};
}

function jsonContentPointer(content: unknown, base: string): string | undefined {
  if (typeof content !== 'object' || content === null) return undefined;
  const type = Object.keys(content).find((name) => /json/i.test(name));
  if (type === undefined) return undefined;
  const media = (content as Record<string, { schema?: unknown }>)[type];
  return media?.schema === undefined ? undefined : `${base}/content/${pointerToken(type)}/schema`;
}

/** Reads every operation of `document`, keyed `METHOD /template`. */
export function readOperations(document: OpenApiDocument): Map<string, SpecOperation> {
  const operations = new Map<string, SpecOperation>();
  for (const [path, item] of Object.entries(document.paths)) {
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const operation = item[method] as Record<string, unknown> | undefined;
      if (!operation) continue;
      const base = `#/paths/${pointerToken(path)}/${method}`;
      const listed = [
        ...shared.map((raw, index) => ({ raw, at: `#/paths/${pointerToken(path)}/parameters/${index}` })),
        ...((operation.parameters as unknown[]) ?? []).map((raw, index) => ({
          raw,
          at: `${base}/parameters/${index}`,
        })),
      ];
      const parameters = listed.map(({ raw, at }): SpecParameter => {
        const parameter = resolve(document, raw);
        const ref = (raw as { $ref?: unknown }).$ref;
        return {
          name: String(parameter.name),
          in: parameter.in as SpecParameter['in'],
          required: parameter.required === true,
          schema: parameter.schema as SpecParameter['schema'],
          schemaPointer:
            parameter.schema === undefined ? undefined : `${typeof ref === 'string' ? ref : at}/schema`,
        };
      });
      // A requestBody given as a `$ref` is resolved by ajv through the pointer below.
      const body = resolve(document, operation.requestBody);
      const requestBodyPointer =
        operation.requestBody === undefined
          ? undefined
          : jsonContentPointer(
              body.content,
              typeof (operation.requestBody as { $ref?: unknown }).$ref === 'string'
                ? ((operation.requestBody as { $ref: string }).$ref as string)
                : `${base}/requestBody`,
            );
      const responses = new Map<string, string | undefined>();
      for (const [status, raw] of Object.entries((operation.responses as Record<string, unknown>) ?? {})) {
        const ref = (raw as { $ref?: unknown }).$ref;
        const pointerBase = typeof ref === 'string' ? ref : `${base}/responses/${status}`;
        responses.set(status, jsonContentPointer(resolve(document, raw).content, pointerBase));
      }
      const key = `${method.toUpperCase()} ${path}`;
      operations.set(key, {
        key,
        method: method.toUpperCase(),
        path,
        operationId: typeof operation.operationId === 'string' ? operation.operationId : undefined,
        parameters,
        requestBodyPointer,
        requestBodyRequired: body.required === true,
        responses,
      });
    }
  }
  return operations;
}

/** The declared response entry that covers `status`: the exact code, then `4XX`-style ranges, then `default`. */
export function declaredResponse(operation: SpecOperation, status: number): string | undefined {
  const exact = String(status);
  if (operation.responses.has(exact)) return exact;
  const range = `${exact[0]}XX`;
  if (operation.responses.has(range)) return range;
  return operation.responses.has('default') ? 'default' : undefined;
}
