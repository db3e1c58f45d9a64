import { createHmac } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { type Emulator, type EmulatorOptions, startEmulator } from '../../src/index.js';

/** The fact sheet's test secret, whose scoped keys it lists. */
export const APP_ID = '65f1c2a9e4b0a1b2c3d4e5f6';
export const APP_SECRET = 'secret123';
/** A second app, to show that apps never see each other's data. */
export const OTHER_APP_ID = '65f1c2a9e4b0a1b2c3d4e5f7';
export const OTHER_SECRET = 'other-secret';

/** An answer as the tests read it. */
export interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON fields.
  body: any;
  headers: Headers;
}

/**
 * Signs a token the way the fact sheet describes (independently of the emulator's own code): HS256 with the
 * UTF-8 bytes of hex(HMAC-SHA256(secret, `ethora:<purpose>:v1`)), or with the raw secret.
 */
export async function signToken(
  secret: string,
  data: Record<string, unknown>,
  options: { purpose?: 'server' | 'client'; raw?: boolean; expiresAt?: number } = {},
): Promise<string> {
  const purpose = options.purpose ?? 'server';
  const keyText = options.raw
    ? secret
    : createHmac('sha256', secret).update(`ethora:${purpose}:v1`).digest('hex');
  const jwt = new SignJWT({ data }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuedAt();
  if (options.expiresAt !== undefined) jwt.setExpirationTime(options.expiresAt);
  return jwt.sign(new TextEncoder().encode(keyText));
}

/** A server token of an app. */
export function serverToken(appId = APP_ID, secret = APP_SECRET): Promise<string> {
  return signToken(secret, { appId, type: 'server' });
}

/** Sends one request; `token` goes in `x-custom-token` (pass `headers` to send it differently). */
export async function send(
  emulator: Emulator,
  method: string,
  path: string,
  options: { body?: unknown; token?: string; headers?: Record<string, string>; rawBody?: string } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers['x-custom-token'] = options.token;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(`${emulator.url}${path}`, { method, headers, body });
  const text = await response.text();
  return {
    status: response.status,
    body: text === '' ? undefined : JSON.parse(text),
    headers: response.headers,
  };
}

/** A client bound to one app's server token. */
export interface ApiClient {
  call(method: string, path: string, body?: unknown): Promise<Answer>;
  /** Creates users through a batch job and waits until it completed; returns the job. */
  createUsers(uuids: readonly string[], basePath?: string): Promise<Answer['body']>;
}

/** A client of `emulator` with the server token of an app. */
export async function apiClient(emulator: Emulator, appId = APP_ID, secret = APP_SECRET): Promise<ApiClient> {
  const token = await serverToken(appId, secret);
  const call = (method: string, path: string, body?: unknown) =>
    send(emulator, method, path, { body, token });
  return {
    call,
    async createUsers(uuids, basePath = '/v2/users/batch') {
      const usersList = uuids.map((uuid) => ({
        uuid,
        email: `${uuid}@example.com`,
        firstName: 'Test',
        lastName: `User ${uuid}`,
      }));
      const receipt = await call('POST', basePath, { bypassEmailConfirmation: true, usersList });
      expect(receipt.status).toBe(202);
      for (let attempt = 0; attempt < 200; attempt++) {
        const job = await call('GET', `${basePath}/${receipt.body.jobId}`);
        if (job.body.state === 'completed' || job.body.state === 'failed') return job.body;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      throw new Error('job did not complete');
    },
  };
}

/**
 * Starts one emulator for a test file (two apps, answers checked against the spec), resets it before each test and
 * fails any test after which the emulator had answered outside the spec.
 */
export function useEmulator(options: EmulatorOptions = {}): { readonly current: Emulator } {
  const holder = {} as { current: Emulator };
  beforeAll(async () => {
    holder.current = await startEmulator({
      validateResponses: true,
      jobDelayMs: 1,
      apps: [
        { appId: APP_ID, appSecret: APP_SECRET, displayName: 'Acme' },
        { appId: OTHER_APP_ID, appSecret: OTHER_SECRET, displayName: 'Other' },
      ],
      ...options,
    });
  });
  let seen = 0;
  beforeEach(async () => {
    await holder.current.reset();
    seen = holder.current.violations.length;
  });
  afterEach(() => {
    expect(holder.current.violations.slice(seen), 'answers that broke the spec').toEqual([]);
  });
  afterAll(async () => {
    await holder.current?.stop();
  });
  return holder;
}
