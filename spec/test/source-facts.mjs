// What the sources attest about each operation, and how a claim of the spec is checked against
// them. Sources: sources/vendor-2025-12.json (the vendor's document, reduced) and
// sources/fact-sheet.yaml (the team's fact sheet, transcribed).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const read = (name) => readFileSync(new URL(`../sources/${name}`, import.meta.url), 'utf8');

/** The vendor document's operations, keyed by `METHOD /path`. */
export const vendor = JSON.parse(read('vendor-2025-12.json')).operations;

/** The fact sheet's transcription: `credentialed`, `parameters` and `operations`. */
export const factSheet = parse(read('fact-sheet.yaml'));

const LOWER_BOUNDS = ['minLength', 'minItems', 'minimum', 'exclusiveMinimum', 'minProperties'];
const UPPER_BOUNDS = ['maxLength', 'maxItems', 'maximum', 'exclusiveMaximum', 'maxProperties'];
const EXACT = ['const', 'format', 'pattern', 'default', 'uniqueItems', 'multipleOf'];
const FLAGS = ['required', 'closed', 'forbidden'];

/**
 * The attested facts of one operation: its statuses, and for each parameter (`in:name`) and body
 * property (by media type, then path) the list of facts the sources give about it.
 */
export function attested(key, credentialed) {
  const fromVendor = vendor[key];
  const fromSheet = factSheet.operations[key];
  const statuses = new Set([...(fromVendor?.statuses ?? []), ...(fromSheet?.statuses ?? [])]);
  if (credentialed) for (const status of factSheet.credentialed.statuses) statuses.add(status);
  const path = key.slice(key.indexOf(' ') + 1);
  const templated = new Set([...path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => `path:${name}`));
  const parameters = {};
  const add = (name, facts) => {
    parameters[name] = [...(parameters[name] ?? []), facts];
  };
  for (const name of templated) add(name, { type: ['string'], required: true });
  for (const [name, facts] of Object.entries(factSheet.parameters)) if (templated.has(name)) add(name, facts);
  for (const [name, facts] of Object.entries(fromSheet?.parameters ?? {})) add(name, facts);
  for (const [name, facts] of Object.entries(fromVendor?.parameters ?? {})) {
    // The vendor document declares an `id` path parameter on `POST /v1/users/batch`, whose path has
    // none; a path parameter outside the template cannot be declared, so it is not expected.
    if (facts.in !== 'path' || templated.has(name)) add(name, facts);
  }
  const bodies = {};
  for (const [mediaType, properties] of Object.entries(fromVendor?.bodies ?? {})) {
    bodies[mediaType] = Object.fromEntries(Object.entries(properties).map(([p, facts]) => [p, [facts]]));
  }
  if (fromSheet?.body) {
    const json = (bodies['application/json'] ??= {});
    for (const [p, facts] of Object.entries({ '': { type: ['object'] }, ...fromSheet.body })) {
      json[p] = [...(json[p] ?? []), facts];
    }
  }
  return { statuses, parameters, bodies };
}

// The vendor document's security schemes, by the names of the spec's schemes.
const VENDOR_SCHEMES = { JwtAuth: 'userJwt', UserJwtAuth: 'userJwt', AppJwtAuth: 'appJwt', RefreshJwtAuth: 'refreshJwt' };

/** The security schemes the sources attest for one operation (by the spec's scheme names). */
export function attestedSchemes(key) {
  const schemes = new Set(factSheet.operations[key]?.security ?? []);
  const fromVendor = vendor[key];
  for (const alternative of fromVendor?.security ?? []) {
    for (const scheme of alternative) schemes.add(VENDOR_SCHEMES[scheme] ?? scheme);
  }
  if (!fromVendor && !factSheet.operations[key]?.security) {
    for (const scheme of factSheet.serverRoutes.security) schemes.add(scheme);
  }
  return schemes;
}

/** True when a declared status is attested; `2xx` in a source stands for any one success status. */
export function statusAttested(status, statuses) {
  return statuses.has(status) || (/^2\d\d$/.test(status) && statuses.has('2xx'));
}

function typesCovered(ours, source) {
  if (!source) return true;
  return source.every((type) => ours.includes(type) || (type === 'integer' && ours.includes('number')));
}

/**
 * The keywords of `ours` (one parameter or body property) that no source supports: a bound tighter
 * than every source's, or a pattern, format, default, enum or flag no source states. A type is
 * compared only where a source gives one.
 */
export function unsupportedKeywords(ours, sources) {
  const unsupported = [];
  for (const [key, value] of Object.entries(ours)) {
    if (key === 'in' || key === 'name') continue;
    // `format: binary` marks a file part of a form; it says how the value travels, not what it may be.
    if (key === 'format' && value === 'binary') continue;
    const supported = sources.some((source) => {
      if (key === 'type') return typesCovered(value, source.type);
      if (key === 'enum') return Boolean(source.enum?.every((item) => value.includes(item)));
      if (LOWER_BOUNDS.includes(key)) return source[key] !== undefined && value <= source[key];
      if (UPPER_BOUNDS.includes(key)) return source[key] !== undefined && value >= source[key];
      if (EXACT.includes(key)) return JSON.stringify(value) === JSON.stringify(source[key]);
      if (FLAGS.includes(key)) return value !== true || source[key] === true;
      return false;
    });
    if (!supported) unsupported.push(key);
  }
  return unsupported;
}

/** The name an assumption uses for a parameter (`in:name`) or body property (`a.b[].c`): `c`. */
export function nameOf(key) {
  const last = key.replace(/^[a-z]+:/, '').replace(/\[\]/g, '').split('.').pop();
  return last === '' ? 'body' : last;
}

/**
 * True when an assumption about a parameter or property (one that does not start with a status
 * code) names `name` in backticks, or says `body` for the body as a whole.
 */
export function assumed(assumptions, name) {
  const needle = name === 'body' ? /\bbody\b/ : new RegExp(`\`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\``);
  return assumptions.some((text) => !/^\d{3}\b/.test(text) && needle.test(text));
}

/** True when one of the assumptions is about the status: it starts with the code. */
export function statusAssumed(assumptions, status) {
  return assumptions.some((text) => text.startsWith(`${status} `) || text.startsWith(`${status}:`));
}
