import { ApiError } from '../http/api-error.js';
import { type RouteDefinition, serverRoute } from '../http/route.js';
import { plainName } from '../store/ids.js';
import { bodyOf, managedApp } from './scope.js';
import { jobOf } from './users.js';
import { jobView } from './views.js';

/**
 * Broadcasts: a message to every room (`allRooms`), to chat ids or to room names, processed as a job whose results
 * say per room whether it was sent. Exactly one kind of target, else 400. A dry run resolves the rooms only.
 */
export const broadcastRoutes: readonly RouteDefinition[] = [
  serverRoute('POST', '/v2/apps/{appId}/chats/broadcast', (context) => {
    const app = managedApp(context);
    const { store, jobs } = context.services;
    const body = bodyOf(context);
    const kinds = [body.allRooms === true, body.chatIds !== undefined, body.chatNames !== undefined];
    if (kinds.filter(Boolean).length !== 1) {
      throw new ApiError(400, 'Exactly one broadcast target must be given: allRooms, chatIds or chatNames');
    }
    const names =
      body.allRooms === true
        ? [...app.rooms.keys()]
        : ((body.chatIds ?? body.chatNames) as string[]).map((id) => `${app._id}_${plainName(app._id, id)}`);
    const text = body.text as string;
    const metadata = body.metadata as Record<string, unknown> | undefined;
    const dryRun = body.dryRun === true;
    const job = jobs.start(app, 'broadcast', { ...body }, () => {
      const sent = names.filter((name) => app.rooms.has(name));
      if (!dryRun && sent.length > 0) store.broadcast(app, sent, text, metadata);
      return names.map((chatName) =>
        app.rooms.has(chatName)
          ? { chatName, ok: true, ...(dryRun ? { dryRun: true } : {}) }
          : { chatName, ok: false, error: 'Chat room not found' },
      );
    });
    const statusUrl = `/v2/apps/${app._id}/chats/broadcast/${job.jobId}`;
    return { status: 202, body: { jobId: job.jobId, statusUrl } };
  }),
  serverRoute('GET', '/v2/apps/{appId}/chats/broadcast/{jobId}', (context) => {
    const app = managedApp(context);
    return { body: jobView(app, jobOf(context, app, 'broadcast')) };
  }),
];
