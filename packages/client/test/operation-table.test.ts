import { readFileSync } from 'node:fs';
import { bundledSpecPath } from '@ethora/testkit';
import { describe, expect, it } from 'vitest';
import { operationInfo } from '../src/index.js';
import { decodeOperationTable } from '../src/runtime/operation-table.js';

interface SpecResponse {
  $ref?: string;
  content?: Record<string, { schema?: { $ref?: string } }>;
}
interface SpecSchema {
  'x-ethora-undocumented-body'?: boolean;
}
interface SpecOperation {
  operationId?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, SpecResponse>;
  'x-idempotent'?: boolean;
}
interface Spec {
  security?: Record<string, string[]>[];
  paths: Record<string, Record<string, SpecOperation>>;
  components: { responses: Record<string, SpecResponse>; schemas: Record<string, SpecSchema> };
}

const spec = JSON.parse(readFileSync(bundledSpecPath(), 'utf8')) as Spec;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

describe('operationInfo (decoded from the generated compact table)', () => {
  const specOperations = Object.entries(spec.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({
      key: `${method.toUpperCase()} ${path}`,
      method,
      op: item[method] as SpecOperation,
    })),
  );

  it('lists exactly the operations of the spec', () => {
    expect(Object.keys(operationInfo).sort()).toEqual(specOperations.map(({ key }) => key).sort());
  });

  it("carries each operation's id, security alternatives and idempotence as the spec states them", () => {
    for (const { key, method, op } of specOperations) {
      const security = (op.security ?? spec.security ?? []).map((alternative) => Object.keys(alternative));
      const idempotent = op['x-idempotent'] ?? ['get', 'put', 'delete'].includes(method);
      expect({ key, ...operationInfo[key] }).toMatchObject({
        key,
        operationId: op.operationId ?? null,
        security,
        idempotent,
      });
    }
  });

  it('marks no POST or PATCH idempotent, since no source says repeating one is harmless', () => {
    const marked = Object.entries(operationInfo)
      .filter(([key, info]) => /^(POST|PATCH) /.test(key) && info.idempotent)
      .map(([key]) => key);
    expect(marked).toEqual([]);
  });

  it('lets the operations answer an empty 2xx whose success body is absent or undocumented, and only those', () => {
    const mayBeEmpty = (response: SpecResponse): boolean => {
      const resolved = response.$ref
        ? spec.components.responses[response.$ref.split('/').pop() ?? '']
        : response;
      const json = Object.entries(resolved?.content ?? {}).filter(([type]) => type.includes('json'));
      const undocumented = (ref = '') =>
        spec.components.schemas[ref.split('/').pop() ?? '']?.['x-ethora-undocumented-body'];
      return json.length === 0 || json.some(([, media]) => undocumented(media.schema?.$ref) === true);
    };
    const expected = specOperations
      .filter(({ op }) => Object.entries(op.responses).some(([code, r]) => /^2/.test(code) && mayBeEmpty(r)))
      .map(({ key }) => key);
    const marked = Object.entries(operationInfo)
      .filter(([, info]) => info.emptySuccess)
      .map(([key]) => key);
    expect(marked.sort()).toEqual(expected.sort());
    expect(marked).toContain('GET /v1/apps/stat-csv');
    expect(marked).toContain('DELETE /v2/apps/{appId}');
    expect(marked).toContain('POST /v2/chats/users-access');
  });
});

describe('decodeOperationTable', () => {
  const security = [[['userJwt']], [['serverToken'], ['serverBearer']]];

  it('applies method defaults and the `!` and `~` flags', () => {
    const table = '\nGET /a getA 0\nPOST /b - 1!~\nDELETE /c deleteC 1!\n';
    expect(decodeOperationTable(table, security)).toEqual({
      'GET /a': { operationId: 'getA', security: [['userJwt']], idempotent: true, emptySuccess: false },
      'POST /b': {
        operationId: null,
        security: [['serverToken'], ['serverBearer']],
        idempotent: true,
        emptySuccess: true,
      },
      'DELETE /c': {
        operationId: 'deleteC',
        security: [['serverToken'], ['serverBearer']],
        idempotent: false,
        emptySuccess: false,
      },
    });
  });

  it('refuses a line whose security index is missing or out of range', () => {
    expect(() => decodeOperationTable('GET /a getA 7', security)).toThrow(/Corrupt operation table line/);
    expect(() => decodeOperationTable('GET /a getA', security)).toThrow(/Corrupt operation table line/);
  });
});
