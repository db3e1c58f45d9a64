// Rebuilds src/generated/ from the bundled spec: the openapi-typescript types and
// a table of per-operation facts (security, idempotency) that the runtime needs.
// The output is committed; CI regenerates it and fails on any difference.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const specPath = join(dirname(require.resolve('@ethora/spec/package.json')), 'dist', 'ethora.json');
const outDir = join(here, '..', 'src', 'generated');
const banner = '// Generated from spec/ethora.yaml by `pnpm generate`. Do not edit by hand.\n';
const methods = ['get', 'put', 'post', 'delete', 'patch'];
const idempotentMethods = new Set(['get', 'put', 'delete', 'head', 'options']);

const spec = JSON.parse(await readFile(specPath, 'utf8'));
await mkdir(outDir, { recursive: true });

const ast = await openapiTS(spec, { alphabetize: false, rootTypes: false, defaultNonNullable: false });
await writeFile(join(outDir, 'schema.d.ts'), banner + astToString(ast));

// True when some 2xx answer of the operation declares no JSON body, so an empty body is legitimate.
function hasBodylessSuccess(op) {
  return Object.entries(op.responses ?? {}).some(([code, response]) => {
    // 204 never has a body and the client treats it so whatever the spec says.
    if (!/^2/.test(code) || code === '204') return false;
    const resolved = response?.$ref ? spec.components?.responses?.[response.$ref.split('/').pop()] : response;
    const types = Object.keys(resolved?.content ?? {});
    return !types.some((type) => /json/i.test(type));
  });
}

const operations = {};
for (const [path, item] of Object.entries(spec.paths ?? {})) {
  for (const method of methods) {
    const op = item?.[method];
    if (!op) continue;
    const security = (op.security ?? spec.security ?? []).map((alt) => Object.keys(alt));
    const idempotent = op['x-idempotent'] ?? idempotentMethods.has(method);
    operations[`${method.toUpperCase()} ${path}`] = {
      operationId: op.operationId ?? null,
      security,
      idempotent: Boolean(idempotent),
      emptySuccess: hasBodylessSuccess(op),
    };
  }
}
const schemes = Object.fromEntries(
  Object.entries(spec.components?.securitySchemes ?? {}).map(([name, s]) => [
    name,
    s.type === 'http'
      ? { kind: 'bearer', header: 'authorization' }
      : { kind: 'apiKey', header: String(s.name).toLowerCase() },
  ]),
);
const meta = `${banner}
/** How a security scheme of the spec carries its credential. */
export interface SecuritySchemeInfo {
  readonly kind: 'bearer' | 'apiKey';
  readonly header: string;
}

/** Facts about one operation of the spec that the runtime needs. */
export interface OperationInfo {
  readonly operationId: string | null;
  /** Alternatives: any one entry (a list of scheme names) satisfies the operation. */
  readonly security: readonly (readonly string[])[];
  /** True for GET/PUT/DELETE and for operations marked \`x-idempotent: true\`. */
  readonly idempotent: boolean;
  /** True when some 2xx answer declares no JSON body; otherwise an empty 2xx body is an error. */
  readonly emptySuccess: boolean;
}

/** Security schemes declared by the spec. */
export const securitySchemes: Readonly<Record<string, SecuritySchemeInfo>> = ${JSON.stringify(schemes, null, 2)};

/** Every operation, keyed by \`METHOD /path/{template}\`. */
export const operationInfo: Readonly<Record<string, OperationInfo>> = ${JSON.stringify(operations, null, 2)};
`;
await writeFile(join(outDir, 'operations.ts'), meta);
await writeFile(
  join(outDir, 'README.md'),
  '# Generated code\n\nEverything in this folder is generated from `spec/ethora.yaml` by `pnpm generate`.\nNever edit it by hand: change the spec and regenerate. CI fails when it drifts.\n',
);
console.log(`generated ${Object.keys(operations).length} operations`);
