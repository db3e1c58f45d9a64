import type { FaultRule, FaultRules } from '../faults.js';
import { EmulatorStateError } from '../store/snapshot.js';
import { ApiError } from './api-error.js';

/** What the admin routes act on. */
export interface AdminActions {
  state(): unknown;
  importState(snapshot: unknown): Promise<void>;
  reset(): Promise<void>;
  readonly faults: FaultRules;
}

/** Path prefix of the emulator's own routes, which are not part of the Ethora API. */
export const ADMIN_PREFIX = '/_emulator/';

/** Bodies of admin requests (whole snapshots) may be far larger than API bodies. */
export const ADMIN_BODY_LIMIT = 512 * 1024 * 1024;

/**
 * The emulator's own routes, for tests in other processes and other languages: `GET|PUT /_emulator/state`,
 * `POST /_emulator/reset`, `GET|POST|DELETE /_emulator/faults` (`DELETE /_emulator/faults/{id}`), `GET /_emulator/health`.
 */
export async function handleAdmin(
  actions: AdminActions,
  method: string,
  path: string,
  body: unknown,
): Promise<{ status: number; body: unknown }> {
  const route = `${method} ${path.slice(ADMIN_PREFIX.length - 1)}`;
  switch (route) {
    case 'GET /health':
      return { status: 200, body: { ok: true } };
    case 'GET /state':
      return { status: 200, body: actions.state() };
    case 'PUT /state':
      try {
        await actions.importState(body);
      } catch (error) {
        if (error instanceof EmulatorStateError)
          throw new ApiError(422, error.message, { code: 'VALIDATION_ERROR' });
        throw error;
      }
      return { status: 200, body: { ok: true } };
    case 'POST /reset':
      await actions.reset();
      return { status: 200, body: { ok: true } };
    case 'GET /faults':
      return { status: 200, body: { faults: actions.faults.list() } };
    case 'POST /faults':
      try {
        return { status: 201, body: { id: actions.faults.add(body as FaultRule) } };
      } catch (error) {
        throw new ApiError(422, (error as Error).message, { code: 'VALIDATION_ERROR' });
      }
    case 'DELETE /faults':
      actions.faults.clear();
      return { status: 200, body: { ok: true } };
  }
  if (method === 'DELETE' && path.startsWith(`${ADMIN_PREFIX}faults/`)) {
    const removed = actions.faults.remove(decodeURIComponent(path.slice(`${ADMIN_PREFIX}faults/`.length)));
    if (!removed) throw new ApiError(404, 'No such fault');
    return { status: 200, body: { ok: true } };
  }
  throw new ApiError(404, `No emulator route ${method} ${path}`);
}
