import { type ApiError, invalidField } from '../http/api-error.js';
import type { RequestContext, RouteAnswer } from '../http/route.js';
import { isXmppSafeId, randomSecret, unprefixed } from '../store/ids.js';
import type { NewUser } from '../store/inputs.js';
import type { AppRecord } from '../store/model.js';
import { bodyOf } from './scope.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DOCUMENTED = new Set(['uuid', 'email', 'firstName', 'lastName', 'password', 'profileImage']);

function checkName(path: string, value: unknown): string | ApiError {
  if (typeof value !== 'string') return invalidField(path, 'must be a string');
  if (value.trim().length < 2) return invalidField(path, 'length must be at least 2 characters long');
  return value.trim();
}

/**
 * Checks a user batch the way the platform does (1–100 users; a uuid usable in an XMPP name, the `<appId>_` prefix
 * removed; first and last name of 2+ characters; a valid e-mail) and returns the users to create. The password is
 * accepted and not kept: nothing in the emulator signs in with it.
 */
export function newUsers(app: AppRecord, context: RequestContext): NewUser[] {
  const list = bodyOf(context).usersList;
  if (!Array.isArray(list) || list.length === 0)
    throw invalidField('usersList', 'must contain at least 1 items');
  if (list.length > 100) throw invalidField('usersList', 'must contain less than or equal to 100 items');
  return list.map((raw, index) => {
    const path = `usersList[${index}]`;
    const input = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    if (typeof input.uuid !== 'string') throw invalidField(`${path}.uuid`, 'is required');
    const uuid = unprefixed(app._id, input.uuid);
    if (!isXmppSafeId(uuid)) {
      throw invalidField(
        `${path}.uuid`,
        'must not be empty or contain spaces, "@", "/", quotes, ":", "<", ">" or "&"',
      );
    }
    const firstName = checkName(`${path}.firstName`, input.firstName);
    if (typeof firstName !== 'string') throw firstName;
    const lastName = checkName(`${path}.lastName`, input.lastName);
    if (typeof lastName !== 'string') throw lastName;
    if (typeof input.email !== 'string' || !EMAIL.test(input.email)) {
      throw invalidField(`${path}.email`, 'must be a valid email');
    }
    const profile = Object.fromEntries(Object.entries(input).filter(([key]) => !DOCUMENTED.has(key)));
    return {
      uuid,
      firstName,
      lastName,
      email: input.email,
      profileImage: typeof input.profileImage === 'string' ? input.profileImage : undefined,
      xmppPassword: randomSecret(15),
      profile,
    };
  });
}

/** Queues a user batch of `app` and answers 202 with the job receipt. */
export function startUsersJob(context: RequestContext, app: AppRecord, statusPath: string): RouteAnswer {
  const users = newUsers(app, context);
  const { store, jobs } = context.services;
  // Results keep only the outcome and the uuid; the job's status route shows the user as it is then.
  const job = jobs.start(app, 'users', { usersList: users.map((user) => user.uuid) }, () =>
    users.map((input) => ({ status: store.createUser(app, input).status, uuid: input.uuid })),
  );
  return { status: 202, body: { jobId: job.jobId, statusUrl: `${statusPath}/${job.jobId}` } };
}
