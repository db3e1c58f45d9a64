// Reduces an OpenAPI document to the facts it states about each operation: its answers (status
// codes), its parameters and the properties of its request bodies, each with the constraints a
// validator would enforce. Both the vendor's document and our bundled spec go through it, so the
// two can be compared key by key (see test/provenance.test.mjs).

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

// Keywords that make a validator refuse a value, plus `default` (a claim about the server).
const CONSTRAINTS = [
  'type',
  'enum',
  'const',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minProperties',
  'maxProperties',
  'default',
];

/** Follows local `$ref`s (`#/components/...`) until a schema or object without one is reached. */
function resolve(doc, node, seen = new Set()) {
  let current = node;
  while (current && typeof current === 'object' && typeof current.$ref === 'string') {
    if (seen.has(current.$ref)) return {};
    seen.add(current.$ref);
    current = current.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce((parent, key) => parent?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
  }
  return current;
}

/** The constraint keywords of one schema node; OpenAPI 3.0 `nullable` becomes a `null` type. */
function constraintsOf(schema) {
  const facts = {};
  for (const key of CONSTRAINTS) if (schema[key] !== undefined) facts[key] = schema[key];
  if (facts.type !== undefined) {
    facts.type = [facts.type].flat();
    if (schema.nullable === true) facts.type.push('null');
  }
  return facts;
}

function merge(into, facts) {
  for (const [key, value] of Object.entries(facts)) {
    if (key === 'type' && into.type) into.type = [...new Set([...into.type, ...value])];
    else if (into[key] === undefined) into[key] = value;
  }
}

/**
 * Flattens a schema into `{ 'path': facts }`: `a.b` for nested properties, `a[]` for array items,
 * `''` for the schema itself. Alternatives (`oneOf`, `anyOf`) and parts (`allOf`) share their paths.
 * `required: true` marks a required property, `closed: true` an object that refuses unknown
 * properties, `forbidden: true` a property whose schema is `false`.
 */
export function flattenSchema(doc, schema, path = '', out = {}, depth = 0) {
  const node = resolve(doc, schema);
  out[path] ??= {};
  if (node === false) {
    out[path].forbidden = true;
    return out;
  }
  if (!node || typeof node !== 'object' || depth > 12) return out;
  merge(out[path], constraintsOf(node));
  for (const part of [...(node.allOf ?? []), ...(node.oneOf ?? []), ...(node.anyOf ?? [])]) {
    flattenSchema(doc, part, path, out, depth + 1);
  }
  if (node.additionalProperties === false) out[path].closed = true;
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    const childPath = path ? `${path}.${name}` : name;
    flattenSchema(doc, child, childPath, out, depth + 1);
    if (node.required?.includes(name)) out[childPath].required = true;
  }
  for (const name of node.required ?? []) {
    const childPath = path ? `${path}.${name}` : name;
    out[childPath] ??= {};
    out[childPath].required = true;
  }
  if (node.items) flattenSchema(doc, node.items, `${path}[]`, out, depth + 1);
  return out;
}

/** The facts of one parameter: where it goes, whether it is required, and its schema's constraints. */
function parameterFacts(doc, parameter) {
  const p = resolve(doc, parameter);
  const schema = resolve(doc, p.schema ?? {}) ?? {};
  const facts = { in: p.in, name: p.name, required: p.required === true };
  const flat = flattenSchema(doc, schema);
  return { ...facts, ...flat[''] };
}

/**
 * Every operation of `doc`, keyed by `METHOD /path`: its operation id, extensions, response status
 * codes, parameters keyed by `in:name`, and request body properties by media type.
 */
export function operationFacts(doc) {
  const operations = {};
  for (const [path, rawItem] of Object.entries(doc.paths ?? {})) {
    const item = resolve(doc, rawItem);
    for (const method of METHODS) {
      const op = item?.[method];
      if (!op) continue;
      const parameters = {};
      for (const parameter of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
        const facts = parameterFacts(doc, parameter);
        parameters[`${facts.in}:${facts.name}`] = facts;
      }
      const body = resolve(doc, op.requestBody);
      const bodies = {};
      for (const [mediaType, content] of Object.entries(body?.content ?? {})) {
        bodies[mediaType] = flattenSchema(doc, content.schema ?? {});
      }
      operations[`${method.toUpperCase()} ${path}`] = {
        operationId: op.operationId ?? null,
        source: op['x-ethora-source'] ?? null,
        assumptions: op['x-ethora-assumptions'] ?? [],
        idempotent: op['x-idempotent'] ?? null,
        statuses: Object.keys(op.responses ?? {}),
        security: op.security ?? null,
        parameters,
        bodyRequired: body?.required === true,
        bodies,
      };
    }
  }
  return operations;
}
