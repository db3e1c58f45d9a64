interface Entry<T> {
  readonly template: string;
  readonly segments: readonly string[];
  /** Index of each `{param}` segment and its name. */
  readonly params: readonly (readonly [number, string])[];
  readonly value: T;
}

/** A matched route: the value registered for it, its template and the decoded path parameters. */
export interface RouteMatch<T> {
  readonly value: T;
  readonly template: string;
  readonly params: Readonly<Record<string, string>>;
}

/** Thrown for a path segment that is not valid percent-encoding. */
export class MalformedPathError extends Error {}

/**
 * Matches `METHOD /path` against templates such as `/v2/apps/{appId}/chats/{chatName}`. Literal segments win over
 * parameters (`PATCH /v2/apps/{appId}/chats/users` before `.../chats/{chatName}`); parameters never match empty.
 */
export class Router<T> {
  private readonly byMethod = new Map<string, Map<number, Entry<T>[]>>();

  /** Registers `value` for `method` and `template`. */
  add(method: string, template: string, value: T): void {
    const segments = template.split('/');
    const params = segments.flatMap((segment, index) =>
      segment.startsWith('{') && segment.endsWith('}') ? [[index, segment.slice(1, -1)] as const] : [],
    );
    let bySize = this.byMethod.get(method);
    if (!bySize) {
      bySize = new Map();
      this.byMethod.set(method, bySize);
    }
    const entries = bySize.get(segments.length) ?? [];
    entries.push({ template, segments, params, value });
    entries.sort((a, b) => a.params.length - b.params.length);
    bySize.set(segments.length, entries);
  }

  /** The route for a request, or `undefined`. */
  match(method: string, pathname: string): RouteMatch<T> | undefined {
    const parts = pathname.split('/');
    const entries = this.byMethod.get(method)?.get(parts.length);
    if (!entries) return undefined;
    for (const entry of entries) {
      if (!matches(entry, parts)) continue;
      const params: Record<string, string> = {};
      for (const [index, name] of entry.params) {
        try {
          params[name] = decodeURIComponent(parts[index] as string);
        } catch {
          throw new MalformedPathError(`Malformed path segment: ${parts[index]}`);
        }
      }
      return { value: entry.value, template: entry.template, params };
    }
    return undefined;
  }

  /** True when some method has a route for this path (to tell a wrong method from an unknown path). */
  hasPath(pathname: string): boolean {
    const parts = pathname.split('/');
    for (const bySize of this.byMethod.values()) {
      if (bySize.get(parts.length)?.some((entry) => matches(entry, parts))) return true;
    }
    return false;
  }
}

function matches<T>(entry: Entry<T>, parts: readonly string[]): boolean {
  for (let index = 0; index < parts.length; index++) {
    const segment = entry.segments[index] as string;
    const part = parts[index] as string;
    if (segment.startsWith('{')) {
      if (part === '') return false;
    } else if (segment !== part) return false;
  }
  return true;
}
