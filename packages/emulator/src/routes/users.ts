import { ApiError, notFound } from '../http/api-error.js';
import { type RequestContext, type RouteAnswer, type RouteDefinition, serverRoute } from '../http/route.js';
import type { AppRecord, JobRecord, UserRecord } from '../store/model.js';
import { startUsersJob } from './new-users.js';
import { bodyOf, implicitApp, managedApp } from './scope.js';
import { jobView } from './views.js';

/** A job of `app` of the given kind, or the spec's "not found" answer. */
export function jobOf(context: RequestContext, app: AppRecord, kind: JobRecord['kind']): JobRecord {
  const job = app.jobs.get(context.params.jobId as string);
  if (job?.kind !== kind) throw notFound('Job not found');
  return job;
}

/** The users a delete names (uuids, XMPP usernames or database ids), each once; unknown ids are skipped. */
function namedUsers(context: RequestContext, app: AppRecord): UserRecord[] {
  const ids = bodyOf(context).usersIdList as string[];
  const users = new Set<UserRecord>();
  for (const id of ids) {
    const user = context.services.store.findUser(app, id);
    if (user) users.add(user);
  }
  return [...users];
}

function deleteUsers(context: RequestContext, app: AppRecord, missing: () => ApiError): RouteAnswer {
  const users = namedUsers(context, app);
  // As on the platform: when none of the ids exists the answer says "not found"; otherwise the known ones go.
  if (users.length === 0) throw missing();
  for (const user of users) context.services.store.deleteUser(app, user);
  return { body: { ok: true } };
}

/** User batches (create as a job, read the job) and user deletion, implicit-app and app-scoped. */
export const userRoutes: readonly RouteDefinition[] = [
  serverRoute('POST', '/v2/users/batch', (context) =>
    startUsersJob(context, implicitApp(context), '/v2/users/batch'),
  ),
  serverRoute('GET', '/v2/users/batch/{jobId}', (context) => {
    const app = implicitApp(context);
    return { body: jobView(app, jobOf(context, app, 'users')) };
  }),
  serverRoute('POST', '/v2/apps/{appId}/users/batch', (context) => {
    const app = managedApp(context);
    return startUsersJob(context, app, `/v2/apps/${app._id}/users/batch`);
  }),
  serverRoute('GET', '/v2/apps/{appId}/users/batch/{jobId}', (context) => {
    const app = managedApp(context);
    return { body: jobView(app, jobOf(context, app, 'users')) };
  }),
  // The fact sheet attests 422 "not found" here (the previous SDK's forgiving delete relies on it).
  serverRoute('DELETE', '/v1/users/batch', (context) =>
    deleteUsers(context, implicitApp(context), () => new ApiError(422, 'Users not found')),
  ),
  serverRoute('DELETE', '/v2/apps/{appId}/users/batch', (context) =>
    deleteUsers(context, managedApp(context), () => notFound('Users not found')),
  ),
];
