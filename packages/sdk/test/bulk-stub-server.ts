import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the stub's batch jobs behave. */
export type JobMode = 'complete-after-one-poll' | 'fail' | 'never-complete';

/** One request the stub received. */
export interface StubRequest {
  method: string;
  path: string;
  body: unknown;
  authorized: boolean;
}

/**
 * A small in-memory stand-in for the API routes bulk provisioning uses: rooms, user batches with jobs that
 * complete on their first poll, access grants and deletes. It counts every request.
 */
export class StubApi {
  readonly requests: StubRequest[] = [];
  readonly rooms = new Set<string>();
  readonly users = new Set<string>();
  readonly members = new Map<string, Set<string>>();
  /** uuids the batch job reports as failed. */
  readonly rejectUsers = new Set<string>();
  jobMode: JobMode = 'complete-after-one-poll';
  /** Jobs that fail whatever `jobMode` says. */
  readonly failJobs = new Set<string>();
  private readonly jobs = new Map<string, { results: unknown[]; polls: number }>();
  private server: Server | undefined;
  url = '';

  constructor(private readonly appId: string) {}

  /** Starts listening on a free loopback port. */
  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      void this.handle(request, response);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Stops the server, closing idle keep-alive connections. */
  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Requests per `METHOD /route` (job ids replaced by `:jobId`). */
  countByRoute(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const { method, path } of this.requests) {
      const route = `${method} ${path.replace(/^\/v2\/users\/batch\/.+$/, '/v2/users/batch/:jobId')}`;
      counts[route] = (counts[route] ?? 0) + 1;
    }
    return counts;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let text = '';
    for await (const chunk of request) text += chunk;
    const body = text ? JSON.parse(text) : undefined;
    const path = new URL(request.url ?? '/', 'http://stub').pathname;
    const token = request.headers['x-custom-token'];
    const authorized = typeof token === 'string' && request.headers.authorization === `Bearer ${token}`;
    this.requests.push({ method: request.method ?? '', path, body, authorized });
    const send = (status: number, payload: unknown) => {
      const raw = typeof payload === 'string' ? payload : JSON.stringify(payload);
      response.writeHead(status, {
        'content-type': typeof payload === 'string' ? 'text/plain' : 'application/json',
      });
      response.end(raw);
    };
    if (!authorized) {
      send(401, { error: 'Missing token' });
      return;
    }
    const route = `${request.method} ${path}`;
    if (route === 'POST /v2/chats') return this.createRoom(body, send);
    if (route === 'POST /v2/users/batch') return this.createUsers(body, send);
    if (request.method === 'GET' && path.startsWith('/v2/users/batch/')) return this.readJob(path, send);
    if (route === 'POST /v2/chats/users-access') return this.grant(body, send);
    if (route === 'DELETE /v1/chats') return this.deleteRoom(body, send);
    if (route === 'DELETE /v1/users/batch') return this.deleteUsers(body, send);
    send(404, { error: `No route ${route}` });
  }

  private createRoom(body: { uuid: string }, send: (status: number, payload: unknown) => void): void {
    const name = `${this.appId}_${body.uuid}`;
    if (this.rooms.has(name)) {
      send(422, { success: false, error: 'Chat room already exists' });
      return;
    }
    this.rooms.add(name);
    this.members.set(name, new Set());
    send(200, { result: { name, title: 'x', type: 'group' } });
  }

  private createUsers(
    body: { usersList: { uuid: string }[] },
    send: (status: number, payload: unknown) => void,
  ): void {
    if (body.usersList.length < 1 || body.usersList.length > 100) {
      send(422, { error: 'usersList: 1 to 100' });
      return;
    }
    const results = body.usersList.map(({ uuid }) => {
      const xmppUsername = `${this.appId}_${uuid}`;
      if (this.rejectUsers.has(uuid))
        return { status: 'failed', xmppUsername, error: 'email already in use' };
      if (this.users.has(uuid)) return { status: 'exists', xmppUsername };
      this.users.add(uuid);
      return { status: 'created', xmppUsername, user: { xmppUsername } };
    });
    const jobId = `job-${this.jobs.size + 1}`;
    this.jobs.set(jobId, { results, polls: 0 });
    send(202, { jobId, statusUrl: `/v2/users/batch/${jobId}` });
  }

  private readJob(path: string, send: (status: number, payload: unknown) => void): void {
    const job = this.jobs.get(path.slice('/v2/users/batch/'.length));
    if (!job) {
      send(404, { error: 'Job not found' });
      return;
    }
    job.polls += 1;
    if (this.failJobs.has(path.slice('/v2/users/batch/'.length))) {
      send(200, { state: 'failed', error: 'row 3: invalid email' });
      return;
    }
    if (this.jobMode === 'never-complete') {
      send(200, { state: 'running' });
      return;
    }
    if (this.jobMode === 'fail') {
      send(200, { state: 'failed', error: { message: 'database unavailable' } });
      return;
    }
    send(200, { state: 'completed', result: { results: job.results } });
  }

  private grant(
    body: { chatName: string; members: string[] },
    send: (status: number, payload: unknown) => void,
  ): void {
    const room = this.members.get(body.chatName);
    if (!room) {
      send(422, { error: 'Room not found' });
      return;
    }
    // The API documents no member limit for a grant; the stub enforces the SDK's default batch of 500.
    if (body.members.length > 500) {
      send(422, { error: 'members: at most 500' });
      return;
    }
    for (const member of body.members) room.add(member);
    send(200, { ok: true });
  }

  private deleteRoom(body: { name: string }, send: (status: number, payload: unknown) => void): void {
    if (!this.rooms.delete(body.name)) {
      send(422, 'Room not found');
      return;
    }
    this.members.delete(body.name);
    send(200, { ok: true });
  }

  private deleteUsers(
    body: { usersIdList: string[] },
    send: (status: number, payload: unknown) => void,
  ): void {
    if (body.usersIdList.length > 100) {
      send(422, { error: 'usersIdList: at most 100' });
      return;
    }
    const known = body.usersIdList.filter((id) => this.users.delete(id));
    if (known.length === 0) {
      send(422, { success: false, error: 'User not found' });
      return;
    }
    send(200, { ok: true });
  }
}
