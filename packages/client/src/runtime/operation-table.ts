import type { OperationInfo } from '../generated/operations.js';

// The methods the generator treats as idempotent unless the spec says otherwise (`x-idempotent`).
const IDEMPOTENT_BY_DEFAULT = new Set(['GET', 'PUT', 'DELETE', 'HEAD', 'OPTIONS']);

/**
 * Expands the generator's compact table (one `METHOD /path operationId security[flags]` line per
 * operation; `security` indexes `security`, flag `!` inverts the method's usual idempotence and `~`
 * marks a bodiless 2xx) into {@link OperationInfo} records keyed by `METHOD /path`.
 */
export function decodeOperationTable(
  table: string,
  security: readonly (readonly (readonly string[])[])[],
): Readonly<Record<string, OperationInfo>> {
  const operations: Record<string, OperationInfo> = {};
  for (const line of table.split('\n')) {
    if (line === '') continue;
    const [method = '', path, operationId, facts = ''] = line.split(' ');
    const alternatives = security[Number.parseInt(facts, 10)];
    if (alternatives === undefined) throw new Error(`Corrupt operation table line: ${line}`);
    operations[`${method} ${path}`] = {
      operationId: operationId === '-' ? null : (operationId ?? null),
      security: alternatives,
      idempotent: IDEMPOTENT_BY_DEFAULT.has(method) !== facts.includes('!'),
      emptySuccess: facts.includes('~'),
    };
  }
  return operations;
}
