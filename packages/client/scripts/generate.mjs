// Rebuilds src/generated/ from the bundled spec: the openapi-typescript types and
// a table of per-operation facts (security, idempotency) that the runtime needs.
// The output is committed; CI regenerates it and fails on any difference.
// The examples of the spec stay in the spec and its API reference: the types are generated from
// a copy without them, since as doc comments they made up half of the published `.d.ts`.
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

const unsourced = Object.entries(spec.paths ?? {}).flatMap(([path, item]) =>
  methods.filter((method) => item?.[method] && !item[method]['x-ethora-source']).map((m) => `${m} ${path}`),
);
if (unsourced.length > 0) throw new Error(`operations without x-ethora-source: ${unsourced.join(', ')}`);

// Maps whose keys are names chosen by the spec (a property called `example` is not an example).
const NAMED_KEYS = new Set([
  'properties',
  'patternProperties',
  'schemas',
  'responses',
  'parameters',
  'headers',
]);

/** A copy of `node` without `example`/`examples` keywords and without `components.examples`. */
function withoutExamples(node, parentKey) {
  if (Array.isArray(node)) return node.map((item) => withoutExamples(item));
  if (node === null || typeof node !== 'object') return node;
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    const named = NAMED_KEYS.has(parentKey);
    if (!named && (key === 'example' || key === 'examples')) continue;
    copy[key] = withoutExamples(value, named ? undefined : key);
  }
  return copy;
}

const ast = await openapiTS(withoutExamples(spec), {
  alphabetize: false,
  rootTypes: false,
  defaultNonNullable: false,
});
// The TypeScript printer indents by four spaces; two keep the file a third smaller (only the leading
// indentation of each line changes, never the text of a doc comment after its `*`).
const types = astToString(ast).replace(/^((?: {4})+)/gm, (indent) => ' '.repeat(indent.length / 2));
await writeFile(join(outDir, 'schema.d.ts'), banner + types);

// True for a schema the spec marks as a success body no source documents (`x-ethora-undocumented-body`).
function isUndocumentedBody(schema) {
  const resolved = schema?.$ref ? spec.components?.schemas?.[schema.$ref.split('/').pop()] : schema;
  return resolved?.['x-ethora-undocumented-body'] === true;
}

// True when some 2xx answer of the operation declares no JSON body, or one no source documents, so
// an empty body is legitimate.
function mayAnswerEmpty(op) {
  return Object.entries(op.responses ?? {}).some(([code, response]) => {
    // 204 never has a body and the client treats it so whatever the spec says.
    if (!/^2/.test(code) || code === '204') return false;
    const resolved = response?.$ref ? spec.components?.responses?.[response.$ref.split('/').pop()] : response;
    const json = Object.entries(resolved?.content ?? {}).filter(([type]) => /json/i.test(type));
    return json.length === 0 || json.some(([, media]) => isUndocumentedBody(media.schema));
  });
}

// One line per operation, `METHOD /path operationId security[flags]`, where `security` indexes the
// distinct lists of alternatives and the flags note what differs from the defaults: `!` when the
// idempotence is not the method's usual one, `~` when some 2xx answer may come without a body.
// A text table is a fraction of the size of the equivalent object literal in every bundle.
const securityLists = [];
const lines = [];
for (const [path, item] of Object.entries(spec.paths ?? {})) {
  for (const method of methods) {
    const op = item?.[method];
    if (!op) continue;
    const security = JSON.stringify((op.security ?? spec.security ?? []).map((alt) => Object.keys(alt)));
    let index = securityLists.indexOf(security);
    if (index === -1) index = securityLists.push(security) - 1;
    const idempotent = Boolean(op['x-idempotent'] ?? idempotentMethods.has(method));
    const flags = (idempotent !== idempotentMethods.has(method) ? '!' : '') + (mayAnswerEmpty(op) ? '~' : '');
    if (/\s/.test(path) || /\s/.test(op.operationId ?? ''))
      throw new Error(`whitespace in ${method} ${path}`);
    lines.push(`${method.toUpperCase()} ${path} ${op.operationId ?? '-'} ${index}${flags}`);
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
import { decodeOperationTable } from '../runtime/operation-table.js';

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
  /** True for GET/PUT/DELETE, and for a POST or PATCH only where the spec marks it \`x-idempotent: true\`. */
  readonly idempotent: boolean;
  /** True when some 2xx answer declares no JSON body or an undocumented one; otherwise an empty 2xx body is an error. */
  readonly emptySuccess: boolean;
}

/** Security schemes declared by the spec. */
export const securitySchemes: Readonly<Record<string, SecuritySchemeInfo>> = ${JSON.stringify(schemes)};

// The distinct security requirements, referenced by index from the table below.
const security: readonly (readonly (readonly string[])[])[] = ${JSON.stringify(securityLists.map((s) => JSON.parse(s)))};

// \`METHOD /path operationId security[flags]\`: \`!\` idempotence unlike the method's, \`~\` a 2xx that may be empty.
const table = \`
${lines.join('\n')}
\`;

/** Every operation, keyed by \`METHOD /path/{template}\`. */
export const operationInfo: Readonly<Record<string, OperationInfo>> = decodeOperationTable(table, security);
`;
await writeFile(join(outDir, 'operations.ts'), meta);
await writeFile(
  join(outDir, 'README.md'),
  '# Generated code\n\nEverything in this folder is generated from `spec/ethora.yaml` by `pnpm generate`.\nNever edit it by hand: change the spec and regenerate. CI fails when it drifts.\n',
);
console.log(`generated ${lines.length} operations`);
