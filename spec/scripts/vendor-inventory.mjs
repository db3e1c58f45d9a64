// Writes sources/vendor-2025-12.json: the facts the vendor's published 2025-12 OpenAPI document
// states about each operation (answers, parameters with their constraints and defaults, request
// body properties), as names and values only. The provenance test compares the spec against it, so
// the spec keeps every vendor operation, parameter, default and body property, and claims no
// constraint or answer the vendor does not, unless it lists the difference as an assumption.
//
//   node scripts/vendor-inventory.mjs <path to ethora-platform-api-2025-12.swagger.json>
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { operationFacts } from './operation-facts.mjs';

/** JSON with one line per leaf object (an object of scalars and lists of scalars), for readable diffs. */
function compactJson(value, indent = '') {
  const isLeaf = (v) => v === null || typeof v !== 'object' || (Array.isArray(v) && v.every(isLeaf) && v.every((x) => typeof x !== 'object' || x === null));
  if (isLeaf(value) || Object.values(value).every(isLeaf)) return JSON.stringify(value);
  const inner = `${indent} `;
  const entries = Array.isArray(value)
    ? value.map((v) => `${inner}${compactJson(v, inner)}`)
    : Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compactJson(v, inner)}`);
  return `${Array.isArray(value) ? '[' : '{'}\n${entries.join(',\n')}\n${indent}${Array.isArray(value) ? ']' : '}'}`;
}

const [source] = process.argv.slice(2);
if (!source) {
  console.error('usage: node scripts/vendor-inventory.mjs <vendor swagger.json>');
  process.exit(2);
}
const doc = JSON.parse(await readFile(source, 'utf8'));
const operations = {};
for (const [key, facts] of Object.entries(operationFacts(doc))) {
  operations[key] = {
    statuses: facts.statuses,
    security: (facts.security ?? doc.security ?? []).map((alternative) => Object.keys(alternative)),
    parameters: facts.parameters,
    bodyRequired: facts.bodyRequired,
    bodies: facts.bodies,
  };
}
const inventory = {
  about: `Facts of the vendor's ${doc.info?.title ?? ''} ${doc.info?.version ?? ''} document (OpenAPI ${doc.openapi}), reduced by scripts/vendor-inventory.mjs. Do not edit by hand.`,
  operations,
};
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'sources', 'vendor-2025-12.json');
await writeFile(out, `${compactJson(inventory)}\n`);
console.log(`${Object.keys(operations).length} operations written to ${out}`);
