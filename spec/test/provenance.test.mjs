// The spec never states as fact what no source supports. This test bundles the spec and compares
// every operation with what its sources attest (test/source-facts.mjs): it keeps every vendor
// operation, parameter, default and body property and every operation of the fact sheet, and each
// status, parameter, body property or constraint that no source gives is listed as an assumption.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationFacts } from '../scripts/operation-facts.mjs';
import {
  assumed,
  attested,
  attestedSchemes,
  factSheet,
  nameOf,
  statusAssumed,
  statusAttested,
  unsupportedKeywords,
  vendor,
} from './source-facts.mjs';

const specDir = fileURLToPath(new URL('..', import.meta.url));
const cli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
const tmp = mkdtempSync(join(tmpdir(), 'ethora-spec-'));
let spec;
let ours;

beforeAll(() => {
  const out = join(tmp, 'ethora.json');
  execFileSync(process.execPath, [cli, 'bundle', 'ethora.yaml', '--output', out, '--ext', 'json'], {
    cwd: specDir,
    stdio: 'pipe',
  });
  spec = JSON.parse(readFileSync(out, 'utf8'));
  ours = operationFacts(spec);
}, 60_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The node a local `$ref` (`#/components/...`) of the bundle points at. */
function resolvePointer(ref) {
  return ref
    .slice(2)
    .split('/')
    .reduce((node, part) => node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
}

/** Runs `check(key, op)` on every operation and expects no problem; lists them all when there are. */
function expectEveryOperation(check) {
  const problems = Object.entries(ours).flatMap(([key, op]) => check(key, op).map((text) => `${key}: ${text}`));
  expect(problems).toEqual([]);
}

describe('provenance of the spec', () => {
  it('says where every operation comes from', () => {
    expectEveryOperation((key, op) => {
      if (op.source === 'vendor') return vendor[key] ? [] : ['marked vendor, but the vendor document lacks it'];
      if (vendor[key]) return [`is in the vendor document, but marked ${op.source}`];
      if (op.source === 'observed') return factSheet.operations[key] ? [] : ['marked observed, not in the fact sheet'];
      if (op.source === 'inferred') return op.assumptions.length > 0 ? [] : ['inferred without assumptions'];
      return [`x-ethora-source is ${op.source}`];
    });
  });

  it('shows every assumption in the description of its operation', () => {
    expectEveryOperation((key, op) => {
      const method = key.split(' ')[0].toLowerCase();
      const description = spec.paths[key.slice(method.length + 1)][method].description ?? '';
      return op.assumptions.filter((text) => !description.includes(`- ${text}`)).map((t) => `not rendered: ${t}`);
    });
  });

  it('keeps every operation, parameter, default and body property of the vendor document', () => {
    const missing = [];
    for (const [key, source] of Object.entries(vendor)) {
      const op = ours[key];
      if (!op) {
        missing.push(`${key}: operation`);
        continue;
      }
      for (const [name, facts] of Object.entries(source.parameters)) {
        // A path parameter the vendor declares outside the path's template cannot exist (see source-facts.mjs).
        if (facts.in === 'path' && !key.includes(`{${facts.name}}`)) continue;
        if (!op.parameters[name]) missing.push(`${key}: parameter ${name}`);
        else if (facts.default !== undefined && op.parameters[name].default !== facts.default) {
          missing.push(`${key}: default ${JSON.stringify(facts.default)} of ${name}`);
        }
      }
      for (const [mediaType, properties] of Object.entries(source.bodies)) {
        for (const path of Object.keys(properties)) {
          if (!op.bodies[mediaType]?.[path]) missing.push(`${key}: ${mediaType} body property '${path}'`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('keeps every operation, query parameter and body property of the fact sheet', () => {
    const missing = [];
    for (const [key, source] of Object.entries(factSheet.operations)) {
      const op = ours[key];
      if (!op) {
        missing.push(`${key}: operation`);
        continue;
      }
      for (const name of Object.keys(source.parameters ?? {})) {
        if (!op.parameters[name]) missing.push(`${key}: parameter ${name}`);
      }
      for (const path of Object.keys(source.body ?? {})) {
        if (!op.bodies['application/json']?.[path]) missing.push(`${key}: body property '${path}'`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('declares only attested answers, or lists the others as assumptions', () => {
    expectEveryOperation((key, op) => {
      const { statuses } = attested(key, op.security?.some((alternative) => Object.keys(alternative).length > 0));
      return op.statuses
        .filter((status) => !statusAttested(status, statuses) && !statusAssumed(op.assumptions, status))
        .map((status) => `answer ${status} has no source and no assumption starting with "${status} "`);
    });
  });

  it('asks only for attested credentials, or lists the others as assumptions', () => {
    expectEveryOperation((key, op) => {
      const schemes = attestedSchemes(key);
      const declared = new Set((op.security ?? []).flatMap((alternative) => Object.keys(alternative)));
      return [...declared]
        .filter((scheme) => !schemes.has(scheme) && !assumed(op.assumptions, scheme))
        .map((scheme) => `credential ${scheme} has no source and no assumption naming \`${scheme}\``);
    });
  });

  it('declares only attested parameters and constraints, or lists the others as assumptions', () => {
    expectEveryOperation((key, op) => {
      const { parameters } = attested(key, false);
      return Object.entries(op.parameters).flatMap(([name, facts]) => {
        const source = parameters[name];
        const ourFacts = { ...facts };
        // A path segment is never empty: `minLength: 1` states nothing beyond the path itself.
        if (facts.in === 'path' && facts.minLength === 1) delete ourFacts.minLength;
        const unsupported = source ? unsupportedKeywords(ourFacts, source) : ['the parameter itself'];
        if (unsupported.length === 0 || assumed(op.assumptions, nameOf(name))) return [];
        return [`parameter ${name}: ${unsupported.join(', ')} unsourced; no assumption names \`${nameOf(name)}\``];
      });
    });
  });

  it('declares only attested body properties and constraints, or lists the others as assumptions', () => {
    expectEveryOperation((key, op) => {
      const { bodies } = attested(key, false);
      return Object.entries(op.bodies).flatMap(([mediaType, properties]) =>
        Object.entries(properties).flatMap(([path, facts]) => {
          const source = bodies[mediaType]?.[path];
          const unsupported = source ? unsupportedKeywords(facts, source) : ['the property itself'];
          if (unsupported.length === 0 || assumed(op.assumptions, nameOf(path))) return [];
          const label = path === '' ? 'the body' : `'${path}'`;
          return [`${mediaType} ${label}: ${unsupported.join(', ')} unsourced; no assumption names \`${nameOf(path)}\``];
        }),
      );
    });
  });

  it('lists every attested error code on ErrorResponse.code', () => {
    const description = spec.components.schemas.ErrorResponse.properties.code.description;
    const missing = Object.keys(factSheet.errorCodes).filter((code) => !description.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });

  it('shows an error code in an example only where it is attested, or assumed', () => {
    const deref = (node) => (node?.$ref ? deref(resolvePointer(node.$ref)) : node);
    expectEveryOperation((key, op) => {
      const method = key.split(' ')[0].toLowerCase();
      const operation = spec.paths[key.slice(method.length + 1)][method];
      return Object.entries(operation.responses).flatMap(([status, response]) => {
        const media = deref(response).content?.['application/json'] ?? {};
        const values = [media.example, ...Object.values(media.examples ?? {}).map((e) => deref(e).value)];
        return values
          .map((value) => value?.code)
          .filter((code) => code !== undefined)
          .filter(
            (code) =>
              !factSheet.errorCodes[code]?.includes(status) &&
              !op.assumptions.some((text) => text.startsWith(`${status} `) && text.includes(`\`${code}\``)),
          )
          .map((code) => `example of ${status} carries code ${code}, attested with ${factSheet.errorCodes[code] ?? 'no answer'}`);
      });
    });
  });

  it('marks a POST or PATCH idempotent only with an assumption that says so', () => {
    expectEveryOperation((_key, op) =>
      op.idempotent !== null && !op.assumptions.some((text) => /idempoten/i.test(text))
        ? ['x-idempotent without an assumption about idempotence']
        : [],
    );
  });
});
