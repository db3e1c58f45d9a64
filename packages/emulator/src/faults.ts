/** A fault to inject: added latency, an error status, or a dropped connection, for one route or all. */
export interface FaultRule {
  /**
   * Which requests: `*` (default) for all, `/path` for any method, or `METHOD /path`. The path may be the spec's
   * template (`/v2/apps/{appId}/chats`), a concrete path, or end in `*` to match a prefix.
   */
  route?: string;
  /** Delay before the request is handled, in milliseconds. */
  latencyMs?: number;
  /** Answer with this status instead of handling the request (for example 429 or 503). */
  status?: number;
  /** `Retry-After` of that answer, in seconds (default 1 for 429 and 503). */
  retryAfter?: number;
  /** Body of that answer (default: the API's error body naming the fault). */
  body?: unknown;
  /** Reset the connection instead of answering. */
  drop?: boolean;
  /** Apply to this many matching requests, then expire (default: every request until removed). */
  times?: number;
}

/** A fault rule in force, with its id and how many requests it may still affect. */
export interface ActiveFault extends FaultRule {
  /** Identifies the rule for `remove()`. */
  readonly id: string;
}

/** What the fault rules decide for one request. */
export interface FaultDecision {
  readonly latencyMs: number;
  /** The rule that answers or drops the request, if any. */
  readonly action: ActiveFault | undefined;
}

/** Adds, lists and removes fault rules; they take effect with the next request. */
export interface FaultController {
  /** Adds a rule; returns its id. */
  add(rule: FaultRule): string;
  /** Adds latency to matching requests (all when `route` is omitted). */
  latency(ms: number, route?: string): string;
  /** Answers matching requests with `status` (`Retry-After` for 429 and 503), `times` times or always. */
  fail(
    status: number,
    options?: { route?: string; times?: number; retryAfter?: number; body?: unknown },
  ): string;
  /** Resets the connection of matching requests, `times` times or always. */
  drop(options?: { route?: string; times?: number }): string;
  /** Removes one rule. */
  remove(id: string): boolean;
  /** Removes every rule. */
  clear(): void;
  /** The rules in force. */
  list(): readonly ActiveFault[];
}

/** Checks a rule and throws a `TypeError` naming the problem. */
export function checkFaultRule(rule: FaultRule): void {
  if (typeof rule !== 'object' || rule === null) throw new TypeError('A fault rule must be an object');
  if (rule.route !== undefined && (typeof rule.route !== 'string' || rule.route.trim() === '')) {
    throw new TypeError('fault.route must be a non-empty string');
  }
  const count = (value: unknown, name: string, min: number, max: number) => {
    if (
      value !== undefined &&
      (!Number.isInteger(value) || (value as number) < min || (value as number) > max)
    ) {
      throw new TypeError(`fault.${name} must be an integer from ${min} to ${max}`);
    }
  };
  count(rule.latencyMs, 'latencyMs', 0, 600_000);
  count(rule.status, 'status', 100, 599);
  count(rule.retryAfter, 'retryAfter', 0, 86_400);
  count(rule.times, 'times', 1, Number.MAX_SAFE_INTEGER);
  if (rule.drop !== undefined && typeof rule.drop !== 'boolean')
    throw new TypeError('fault.drop must be a boolean');
  if (rule.status !== undefined && rule.drop)
    throw new TypeError('A fault rule either answers (status) or drops');
  if (rule.latencyMs === undefined && rule.status === undefined && !rule.drop) {
    throw new TypeError('A fault rule needs latencyMs, status or drop');
  }
}

function routeMatches(route: string | undefined, method: string, template: string, path: string): boolean {
  if (route === undefined || route.trim() === '*') return true;
  const trimmed = route.trim();
  const space = trimmed.indexOf(' ');
  const wantMethod = space === -1 ? undefined : trimmed.slice(0, space).toUpperCase();
  const wantPath = space === -1 ? trimmed : trimmed.slice(space + 1).trim();
  if (wantMethod !== undefined && wantMethod !== method) return false;
  if (wantPath === '*') return true;
  if (wantPath.endsWith('*')) return path.startsWith(wantPath.slice(0, -1));
  return wantPath === template || wantPath === path;
}

/** The emulator's fault rules. */
export class FaultRules implements FaultController {
  private rules: (ActiveFault & { remaining: number })[] = [];
  private nextId = 1;

  add(rule: FaultRule): string {
    checkFaultRule(rule);
    const id = `fault-${this.nextId++}`;
    this.rules.push({ ...rule, id, remaining: rule.times ?? Number.POSITIVE_INFINITY });
    return id;
  }

  latency(ms: number, route?: string): string {
    return this.add({ latencyMs: ms, ...(route === undefined ? {} : { route }) });
  }

  fail(
    status: number,
    options: { route?: string; times?: number; retryAfter?: number; body?: unknown } = {},
  ): string {
    return this.add({ status, ...options });
  }

  drop(options: { route?: string; times?: number } = {}): string {
    return this.add({ drop: true, ...options });
  }

  remove(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((rule) => rule.id !== id);
    return this.rules.length < before;
  }

  clear(): void {
    this.rules = [];
  }

  list(): readonly ActiveFault[] {
    return this.rules.map(({ remaining, ...rule }) =>
      rule.times === undefined ? rule : { ...rule, times: remaining },
    );
  }

  /** Decides for one request: the sum of matching latencies, and the first matching answer or drop. */
  decide(method: string, template: string, path: string): FaultDecision {
    if (this.rules.length === 0) return { latencyMs: 0, action: undefined };
    let latencyMs = 0;
    let action: ActiveFault | undefined;
    for (const rule of this.rules) {
      if (!routeMatches(rule.route, method, template, path)) continue;
      const acts = rule.status !== undefined || rule.drop === true;
      if (acts && action !== undefined) continue;
      latencyMs += rule.latencyMs ?? 0;
      if (acts) action = rule;
      rule.remaining -= 1;
    }
    this.rules = this.rules.filter((rule) => rule.remaining > 0);
    return { latencyMs, action };
  }
}
