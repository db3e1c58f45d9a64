import type * as Http from 'node:http';
import type * as Https from 'node:https';
import type * as Zlib from 'node:zlib';

/** The Node built-ins the Node transport uses, loaded on first use. */
export interface NodeModules {
  readonly http: typeof Http;
  readonly https: typeof Https;
  readonly zlib: typeof Zlib;
}

let loading: Promise<NodeModules> | undefined;

/**
 * Loads `node:http`, `node:https` and `node:zlib` lazily, so that importing this package never
 * pulls Node built-ins into a browser, edge or Deno bundle.
 */
export function loadNodeModules(): Promise<NodeModules> {
  loading ??= Promise.all([
    import(/* webpackIgnore: true */ /* @vite-ignore */ 'node:http'),
    import(/* webpackIgnore: true */ /* @vite-ignore */ 'node:https'),
    import(/* webpackIgnore: true */ /* @vite-ignore */ 'node:zlib'),
  ]).then(([http, https, zlib]) => ({ http, https, zlib }));
  return loading;
}

/** True on Node.js itself (not Bun, Deno or an edge runtime that imitates `process`). */
export function isNodeRuntime(): boolean {
  const scope = globalThis as {
    process?: { versions?: Record<string, string | undefined> };
    Deno?: unknown;
    navigator?: { userAgent?: unknown };
  };
  const versions = scope.process?.versions;
  if (!versions?.node || versions.bun || scope.Deno !== undefined) return false;
  const agent = scope.navigator?.userAgent;
  return typeof agent !== 'string' || agent.startsWith('Node.js');
}
