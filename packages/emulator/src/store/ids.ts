import { randomBytes } from 'node:crypto';

// Like a MongoDB ObjectId: 4 bytes of seconds, 5 random bytes per process, a 3-byte counter.
const processPart = randomBytes(5).toString('hex');
let counter = randomBytes(3).readUIntBE(0, 3);

/** A new 24-hex id, increasing with time like the platform's database ids. */
export function objectId(now = Date.now()): string {
  counter = (counter + 1) % 0xffffff;
  const seconds = Math.floor(now / 1000)
    .toString(16)
    .padStart(8, '0');
  return `${seconds}${processPart}${counter.toString(16).padStart(6, '0')}`;
}

/** A random secret of `bytes` bytes as URL-safe text. */
export function randomSecret(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

let requests = 0;

/** A request id such as `req_5f1c2a9e4b_1a`, unique per process, for error bodies and the `x-request-id` header. */
export function requestId(): string {
  requests += 1;
  return `req_${processPart}_${requests.toString(16)}`;
}

/** Characters an XMPP local part may not contain (RFC 7622), plus whitespace. */
const NOT_IN_LOCAL_PART = /[\s"&'/:<>@]/;

/** True when `id` can be part of an XMPP local part (`<appId>_<id>`): non-empty, no whitespace, `@`, `/`... */
export function isXmppSafeId(id: string): boolean {
  return id.length > 0 && !NOT_IN_LOCAL_PART.test(id);
}

/** Removes every leading `<appId>_` from an id (a platform regression once doubled the prefix). */
export function unprefixed(appId: string, id: string): string {
  const prefix = `${appId}_`;
  let rest = id;
  while (rest.startsWith(prefix)) rest = rest.slice(prefix.length);
  return rest;
}

/** The plain id in a name: a JID's local part (no domain, no resource) without its `<appId>_` prefixes. */
export function plainName(appId: string, name: string): string {
  const at = name.indexOf('@');
  let local = at === -1 ? name : name.slice(0, at);
  const slash = local.indexOf('/');
  if (slash !== -1) local = local.slice(0, slash);
  return unprefixed(appId, local);
}
